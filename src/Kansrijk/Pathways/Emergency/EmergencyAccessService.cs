using System.Globalization;
using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>Break-the-glass: asked with a reason, for 24 hours, on the record; and the list her privacy officer reviews.</summary>
public sealed class EmergencyAccessService(KansrijkDb db, ClientDataProtector protector, AccessLogWriter log, TimeProvider clock, Organisations.OrganisationDirectory organisationDirectory)
{
    public const string LogType = "Noodtoegang";

    public sealed record Row(int Id, int PathwayId, string UserName, string Organisation, DateTime StartedAt, DateTime EndsAt, string Reason);

    public async Task<(EmergencyAccess? Access, FormErrors Errors)> RequestAsync(int pathwayId, string? reason, int organisationId, string userId, string userName,
        CancellationToken ct)
    {
        var errors = new FormErrors();
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < 10) errors.Add("Reason", "Schrijf op waarom u nu met spoed in dit traject moet kijken (minstens 10 tekens).");
        else if (text.Length > 1000) errors.Add("Reason", "Houd de reden onder 1000 tekens.");
        if (errors.Any) return (null, errors);
        var now = clock.GetUtcNow().UtcDateTime;
        var access = new EmergencyAccess
        {
            PathwayId = pathwayId,
            UserId = userId,
            UserName = userName,
            OrganisationId = organisationId,
            ReasonEncrypted = protector.Protect(ClientFields.EmergencyReason, text!),
            StartedAt = now,
            EndsAt = now + EmergencyAccess.Duration,
        };
        db.Add(access);
        var key = pathwayId.ToString(CultureInfo.InvariantCulture);
        log.Add(db, new AccessEvent(AccessAction.Create, LogType, key, ClientId: key, Details: "Noodtoegang gevraagd voor 24 uur (reden versleuteld vastgelegd)"));
        await db.SaveChangesAsync(ct);
        return (access, errors);
    }

    /// <summary>Her running access to this pathway, if any.</summary>
    public Task<EmergencyAccess?> ActiveAsync(int pathwayId, string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<EmergencyAccess>().AsNoTracking().Where(e => e.PathwayId == pathwayId && e.UserId == userId && e.EndsAt > now)
            .OrderByDescending(e => e.EndsAt).FirstOrDefaultAsync(ct);
    }

    public sealed record Counts(int LastThirtyDays, int Running);

    /// <summary>For the privacy officer's start page: how often break-the-glass was used, counts only (no pathway, no reason).</summary>
    public async Task<Counts> CountsAsync(IReadOnlySet<int> organisations, CancellationToken ct)
    {
        var ids = organisations.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-30);
        var recent = db.Set<EmergencyAccess>().AsNoTracking().Where(e => ids.Contains(e.OrganisationId) && e.StartedAt >= since);
        return new Counts(await recent.CountAsync(ct), await recent.CountAsync(e => e.EndsAt > now, ct));
    }

    /// <summary>For the privacy officer: who used break-the-glass for her organisations, newest first. No client data but the reason.</summary>
    public async Task<IReadOnlyList<Row>> ForOrganisationsAsync(IReadOnlySet<int> organisations, CancellationToken ct)
    {
        var ids = organisations.ToList();
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-2);
        var rows = await db.Set<EmergencyAccess>().AsNoTracking().Where(e => ids.Contains(e.OrganisationId) && e.StartedAt >= since)
            .OrderByDescending(e => e.StartedAt).Take(1000)
            .Select(e => new { e.Id, e.PathwayId, e.UserName, e.OrganisationId, e.StartedAt, e.EndsAt, e.ReasonEncrypted })
            .ToListAsync(ct);
        var names = await organisationDirectory.NamesAsync(rows.Select(r => r.OrganisationId), ct);
        foreach (var pathway in rows.Select(r => r.PathwayId).Distinct())
        {
            var key = pathway.ToString(CultureInfo.InvariantCulture);
            log.Add(db, new AccessEvent(AccessAction.Read, LogType, key, ClientId: key, Details: "Reden van noodtoegang gelezen door de privacyfunctionaris"));
        }
        if (rows.Count > 0) await db.SaveChangesAsync(ct);
        return [.. rows.Select(r => new Row(r.Id, r.PathwayId, r.UserName, names.GetValueOrDefault(r.OrganisationId, "?"), r.StartedAt, r.EndsAt,
            r.ReasonEncrypted.Length == 0 ? "(verwijderd met haar gegevens)" : protector.Unprotect(ClientFields.EmergencyReason, r.ReasonEncrypted)))];
    }
}
