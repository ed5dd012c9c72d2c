using System.Security.Claims;
using Kansrijk.Access;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways.Notices;

/// <summary>
/// Notices to organisations: add them (from any part of the chain), list them for a professional, count the unread
/// ones for the header, mark one read. The text must never hold client data; callers pass numbers and offers only.
/// </summary>
public sealed class NoticeService(KansrijkDb db, ActorScopes scopes, TimeProvider clock)
{
    /// <summary>Read notices stay on the list this long, so a colleague can see what was seen.</summary>
    public static readonly TimeSpan KeepReadFor = TimeSpan.FromDays(30);

    /// <summary>Adds a notice for an organisation and saves it (with whatever else is pending in this unit of work).</summary>
    public async Task AddAsync(int organisationId, string text, string url, CancellationToken ct)
    {
        Add(organisationId, text, url);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a notice to the pending changes, to be saved together with the change it tells about.</summary>
    public void Add(int organisationId, string text, string url, string? key = null) => Add(organisationId, null, text, url, key);

    /// <summary>
    /// A notice for one professional (for the organisation she acts for), to be saved with the change it tells about:
    /// only she sees it in "Mijn taken" and gets its e-mail. Its text may name what it is about (a meeting, a date), never a client.
    /// </summary>
    public void AddForUser(string userId, int organisationId, string text, string url) => Add(organisationId, userId, text, url, null);

    private void Add(int organisationId, string? userId, string text, string url, string? key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > Notice.TextLength) throw new ArgumentException($"Een melding is hoogstens {Notice.TextLength} tekens.", nameof(text));
        if (!IsLocal(url)) throw new ArgumentException("Een melding verwijst naar een pagina in Kansrijk, zoals /verwijzingen/12.", nameof(url));
        db.Add(new Notice { OrganisationId = organisationId, UserId = userId, Text = text, Url = url, Key = key, CreatedAt = clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>
    /// Adds the notice unless the organisation already has one with this key; true when added. Safe when another run or
    /// instance adds the same at the same moment: the unique key refuses the second.
    /// </summary>
    public async Task<bool> AddOnceAsync(int organisationId, string key, string text, string url, CancellationToken ct)
    {
        if (await db.Set<Notice>().AnyAsync(n => n.OrganisationId == organisationId && n.Key == key, ct)) return false;
        Add(organisationId, text, url, key);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            foreach (var entry in db.ChangeTracker.Entries<Notice>().Where(e => e.State == EntityState.Added).ToList()) entry.State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>
    /// Unread notices of her organisations (and those for her alone) first, then those read in the last 30 days; newest
    /// first. A colleague's own notices are not hers.
    /// </summary>
    public async Task<IReadOnlyList<Notice>> ListAsync(IReadOnlySet<int> organisations, string? userId, CancellationToken ct)
    {
        var ids = organisations.ToList();
        var since = clock.GetUtcNow().UtcDateTime - KeepReadFor;
        return await db.Set<Notice>().AsNoTracking()
            .Where(n => ids.Contains(n.OrganisationId) && (n.UserId == null || n.UserId == userId) && (n.ReadAt == null || n.ReadAt >= since))
            .OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(200).ToListAsync(ct);
    }

    public async Task<int> UnreadCountAsync(IReadOnlySet<int> organisations, string? userId, CancellationToken ct)
    {
        if (organisations.Count == 0) return 0;
        var ids = organisations.ToList();
        return await db.Set<Notice>().CountAsync(n => ids.Contains(n.OrganisationId) && (n.UserId == null || n.UserId == userId) && n.ReadAt == null, ct);
    }

    /// <summary>For the header: the unread notices of the signed-in professional's organisations and her own.</summary>
    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct) =>
        await UnreadCountAsync((await scopes.ForAsync(user, ct)).Organisations, user.UserId(), ct);

    /// <summary>Whom a notice is for (its organisation, and the one professional when it is hers alone), or null when there is no such notice.</summary>
    public async Task<(int OrganisationId, string? UserId)?> RecipientOfAsync(int noticeId, CancellationToken ct) =>
        await db.Set<Notice>().Where(n => n.Id == noticeId).Select(n => new { n.OrganisationId, n.UserId }).FirstOrDefaultAsync(ct) is { } found
            ? (found.OrganisationId, found.UserId) : null;

    public async Task MarkReadAsync(int noticeId, string userId, CancellationToken ct)
    {
        var notice = await db.Set<Notice>().FirstOrDefaultAsync(n => n.Id == noticeId, ct);
        if (notice is null || notice.ReadAt is not null) return;
        notice.ReadAt = clock.GetUtcNow().UtcDateTime;
        notice.ReadByUserId = userId;
        await db.SaveChangesAsync(ct);
    }

    private static bool IsLocal(string url) =>
        url.Length is > 0 and <= Notice.UrlLength && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\');
}

/// <summary>The words of the notices: numbers, offers and statuses, never anything about her.</summary>
public static class NoticeTexts
{
    public static string NewReferral(int referralId, string offer, bool urgent) =>
        Cut($"{(urgent ? "Nieuwe dringende verwijzing" : "Nieuwe verwijzing")} {referralId} voor {offer}");

    public static string StatusChanged(int referralId, string offer, ReferralStatus status) =>
        Cut($"Verwijzing {referralId} naar {offer}: de status is nu '{ReferralStatuses.Dutch(status)}'");

    public static string ConsentWithdrawn(int referralId) =>
        Cut($"Verwijzing {referralId}: de toestemming is ingetrokken. Neem op grond van deze verwijzing geen contact meer op.");

    public static string QuietForReceiver(int referralId, string offer, int days) =>
        Cut($"Verwijzing {referralId} voor {offer}: al {days} dagen niets veranderd. Werk de status bij.");

    public static string QuietForReferrer(int referralId, string offer, int days) =>
        Cut($"Uw verwijzing {referralId} naar {offer}: al {days} dagen niets veranderd bij de ontvanger.");

    public static string ReceivedUrl(int referralId) => $"/verwijzingen/{referralId}";

    public static string PathwayUrl(int pathwayId) => $"/trajecten/{pathwayId}#verwijzingen";

    private static string Cut(string text) => text.Length <= Notice.TextLength ? text : text[..(Notice.TextLength - 1)] + "…";
}
