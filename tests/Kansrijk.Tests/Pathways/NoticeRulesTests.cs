using Kansrijk.Pathways.Notices;
using Kansrijk.Platform.Mail;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kansrijk.Tests.Pathways;

/// <summary>Mail settings are checked at start; without them no mail is sent and nothing fails; a notice only links inside Kansrijk.</summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class NoticeRulesTests
{
    [Fact]
    public void Without_an_smtp_host_mail_is_off_and_valid()
    {
        var options = new MailOptions();
        Assert.False(options.Enabled);
        Assert.True(new MailOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void With_an_smtp_host_the_sender_and_public_address_are_required()
    {
        var result = new MailOptionsValidator().Validate(null, new MailOptions { Smtp = new SmtpSettings { Host = "smtp.example.org", Port = 0, UserName = "kansrijk" } });
        Assert.False(result.Succeeded);
        var text = string.Join(" ", result.Failures!);
        Assert.Contains("Mail:Smtp:From", text);
        Assert.Contains("Mail:Smtp:Port", text);
        Assert.Contains("Mail:Smtp:Password", text);
        Assert.Contains("Mail:PublicUrl", text);
        Assert.True(new MailOptionsValidator().Validate(null, new MailOptions
        {
            Smtp = new SmtpSettings { Host = "smtp.example.org", From = "kansrijk@example.org" },
            PublicUrl = "https://kansrijk.example.org",
        }).Succeeded);
    }

    [Fact]
    public async Task Without_mail_settings_the_mail_job_does_nothing()
    {
        var mailer = new NoticeMailer(null!, null!, new MailSender(Options.Create(new MailOptions())), TimeProvider.System, NullLogger<NoticeMailer>.Instance);
        Assert.Equal(0, await mailer.RunAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("https://elders.example.org/")]
    [InlineData("//elders.example.org/")]
    [InlineData("verwijzingen/1")]
    public void A_notice_links_only_to_a_page_in_Kansrijk(string url)
    {
        var service = new NoticeService(null!, null!, TimeProvider.System);
        Assert.Throws<ArgumentException>(() => service.Add(1, "Nieuwe verwijzing 1", url));
    }
}
