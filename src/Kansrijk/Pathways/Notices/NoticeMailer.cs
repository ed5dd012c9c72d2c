using Kansrijk.Platform.Database;
using Kansrijk.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Kansrijk.Pathways.Notices;

/// <summary>
/// The mail job: one short e-mail per organisation with new notices, to the organisation's e-mail address, saying only
/// that something is waiting in Kansrijk, with a link to "Mijn taken". Never a name, a date, a reason or even the
/// offer: a mail box is not a safe place for client data. Without Mail:Smtp:Host it does nothing.
/// Each organisation's notices are claimed in one update before the mail goes, so two instances never both send it;
/// a mail that fails is claimed back and tried at the next run.
/// A notice for one professional (an invitation to a case meeting) goes to her own address, one mail per notice, with
/// its text: that text names a meeting and a date, never a client (see <see cref="NoticeService.AddForUser"/>).
/// </summary>
public sealed class NoticeMailer(Organisations.OrganisationDirectory directory, KansrijkDb db, MailSender mail, TimeProvider clock, ILogger<NoticeMailer> logger) : IScheduledWork
{
    public const string Subject = "Er staat iets nieuws voor u klaar in Kansrijk";

    /// <summary>Older notices are not mailed any more (for example after mail was switched on).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    public string Body() =>
        $"""
        Goedendag,

        Er staat iets nieuws voor u klaar in Kansrijk.
        Log in en kijk bij "Mijn taken": {mail.Link("/taken")}

        Deze e-mail bevat bewust geen gegevens over cliënten. U kunt niet op deze e-mail antwoorden.

        Kansrijk
        """;

    public const string PersonalSubject = "Bericht over een overleg in Kansrijk";

    public string PersonalBody(Notice notice) =>
        $"""
        Goedendag,

        {notice.Text}
        Bekijk het in Kansrijk (na inloggen): {mail.Link(notice.Url)}

        Deze e-mail bevat bewust geen gegevens over cliënten. U kunt niet op deze e-mail antwoorden.

        Kansrijk
        """;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!mail.Configured) return 0;
        var current = clock.GetUtcNow().UtcDateTime;
        // Whole seconds, so the claim can be found again in a database that keeps less precision than .NET.
        var now = new DateTime(current.Ticks - current.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var since = now - Window;
        var organisations = await db.Set<Notice>().AsNoTracking()
            .Where(n => n.UserId == null && n.MailedAt == null && n.ReadAt == null && n.CreatedAt >= since)
            .Select(n => n.OrganisationId).Distinct().ToListAsync(ct);
        var sent = await MailPersonalAsync(now, since, ct);
        foreach (var organisation in organisations)
        {
            var claimed = await db.Set<Notice>()
                .Where(n => n.UserId == null && n.OrganisationId == organisation && n.MailedAt == null && n.CreatedAt >= since)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, now), ct);
            if (claimed == 0) continue;
            // the intake inbox when the organisation has one, else its general address
            var address = (await directory.ContactPointAsync(organisation, ct))?.NoticeEmail;
            if (string.IsNullOrWhiteSpace(address) || !MailboxAddress.TryParse(address, out _) || !address.Contains('@'))
            {
                logger.LogWarning("Organisation {Organisation} has no usable e-mail address; its notices are not mailed", organisation);
                continue;
            }
            try
            {
                await mail.SendAsync(address, Subject, Body(), ct);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Mail to organisation {Organisation} failed; trying again at the next run", organisation);
                await db.Set<Notice>().Where(n => n.UserId == null && n.OrganisationId == organisation && n.MailedAt == now)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, (DateTime?)null), ct);
            }
        }
        return sent;
    }

    /// <summary>Each notice for one professional, to her own (confirmed) address; claimed one by one like the others.</summary>
    private async Task<int> MailPersonalAsync(DateTime now, DateTime since, CancellationToken ct)
    {
        var pending = await (from n in db.Set<Notice>().AsNoTracking()
                             where n.UserId != null && n.MailedAt == null && n.ReadAt == null && n.CreatedAt >= since
                             join u in db.Users.AsNoTracking() on n.UserId equals u.Id
                             orderby n.Id
                             select new { Notice = n, u.Email, u.EmailConfirmed }).Take(500).ToListAsync(ct);
        var sent = 0;
        foreach (var p in pending)
        {
            var id = p.Notice.Id;
            if (await db.Set<Notice>().Where(n => n.Id == id && n.MailedAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, now), ct) == 0) continue;
            if (string.IsNullOrWhiteSpace(p.Email) || !p.EmailConfirmed || !MailboxAddress.TryParse(p.Email, out _) || !p.Email.Contains('@'))
            {
                logger.LogWarning("Notice {Notice} is for a professional without a confirmed e-mail address; it is not mailed", id);
                continue;
            }
            try
            {
                await mail.SendAsync(p.Email, PersonalSubject, PersonalBody(p.Notice), ct);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Mail for notice {Notice} failed; trying again at the next run", id);
                await db.Set<Notice>().Where(n => n.Id == id && n.MailedAt == now).ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, (DateTime?)null), ct);
            }
        }
        return sent;
    }
}
