using Microsoft.Extensions.Options;
using MimeKit;

namespace Kansrijk.Platform.Mail;

public enum SmtpSecurity { Auto, None, StartTls, SslOnConnect }

/// <summary>
/// Mail:Smtp:* and Mail:PublicUrl. Without Mail:Smtp:Host no mail is sent and nothing fails; with it, the rest is
/// checked when the app starts (docs/configuration.md).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>The address of Kansrijk as its users open it, for the link in a mail, e.g. https://kansrijk.gemeente.nl.</summary>
    public string? PublicUrl { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>Auto: TLS when the server offers it (STARTTLS), or from the start on port 465.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    public string? From { get; set; }
    public string FromName { get; set; } = "Kansrijk";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        var failures = new List<string>();
        var smtp = options.Smtp;
        if (smtp.Port is < 1 or > 65535) failures.Add("Mail:Smtp:Port moet een poortnummer zijn (1–65535).");
        if (string.IsNullOrWhiteSpace(smtp.From) || !MailboxAddress.TryParse(smtp.From, out _) || !smtp.From.Contains('@'))
        {
            failures.Add("Mail:Smtp:From moet een e-mailadres zijn, bijvoorbeeld kansrijk@gemeente.nl; nodig als Mail:Smtp:Host is ingevuld.");
        }
        if (!string.IsNullOrEmpty(smtp.UserName) && string.IsNullOrEmpty(smtp.Password)) failures.Add("Mail:Smtp:Password ontbreekt; nodig als Mail:Smtp:UserName is ingevuld.");
        if (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Mail:PublicUrl moet het adres van Kansrijk zijn, bijvoorbeeld https://kansrijk.gemeente.nl; nodig als Mail:Smtp:Host is ingevuld.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
