using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kansrijk.Platform.Mail;

/// <summary>Sends plain-text mail through the SMTP server of Mail:Smtp (MailKit). Callers decide what may be in it.</summary>
public sealed class MailSender(IOptions<MailOptions> options)
{
    public bool Configured => options.Value.Enabled;

    /// <summary>A link into Kansrijk for a mail: Mail:PublicUrl plus the local path.</summary>
    public string Link(string path) => options.Value.PublicUrl!.TrimEnd('/') + path;

    public async Task SendAsync(string to, string subject, string text, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From!));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        }, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}

public static class MailRegistration
{
    public static IServiceCollection AddKansrijkMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddSingleton<MailSender>();
        return services;
    }
}
