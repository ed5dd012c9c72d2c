using System.Globalization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// Involvement as the Verwijsindex knows it: an organisation says it is involved with a woman (name and date of birth,
/// no reason, no content). When another organisation is involved with the same woman, found on the keyed identity hash,
/// both see each other's contact point. Involvement ends by hand or lapses (<see cref="InvolvementLapse"/>).
/// </summary>
public sealed class InvolvementService(KansrijkDb db, ClientDataProtector protector, TimeProvider clock, Notices.NoticeService notices,
    Organisations.OrganisationDirectory organisationDirectory)
{
    public sealed record RegisterInput(string? Name, string? BirthDate, string? DueDate, string? MunicipalityCode, int? OrganisationId);

    /// <summary>Another organisation involved with her: only its name and how to reach it.</summary>
    public sealed record ContactPoint(int PathwayId, int OtherPathwayId, int OrganisationId, string Organisation, string? Phone, string? Email, DateTime MatchedAt, bool Example);

    public sealed record Registered(int? PathwayId, bool Renewed, int Matches, FormErrors Errors);

    public async Task<Registered> RegisterAsync(RegisterInput input, IReadOnlySet<int> actorOrganisations, string userId, CancellationToken ct)
    {
        var errors = new FormErrors();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (name, birth, due) = ClientIdentityInput.Check(input.Name, input.BirthDate, input.DueDate, today, errors);
        ClientIdentityInput.CheckDueWindow(due, today, errors);
        var municipality = input.MunicipalityCode?.Trim();
        if (string.IsNullOrEmpty(municipality) || !await db.Areas.AnyAsync(a => a.Code == municipality && a.Type == Geography.AreaType.Municipality, ct))
        {
            errors.Add(nameof(input.MunicipalityCode), "Kies de gemeente waar zij woont.");
        }
        var organisation = input.OrganisationId ?? (actorOrganisations.Count == 1 ? actorOrganisations.First() : null);
        if (organisation is null || !actorOrganisations.Contains(organisation.Value)) errors.Add(nameof(input.OrganisationId), "Kies de organisatie die betrokken is.");
        if (errors.Any) return new Registered(null, false, 0, errors);

        var hash = protector.IdentityHash(name!, birth!.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var own = await db.Set<Pathway>().Include(p => p.Involvements)
            .Where(p => p.IdentityHash == hash && p.DueDate == due!.Value && p.ClosedAt == null && p.OrganisationId == organisation)
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        var renewed = own is not null;
        if (own is null)
        {
            own = new Pathway
            {
                OrganisationId = organisation!.Value,
                OpenedByUserId = userId,
                OpenedAt = now,
                NameEncrypted = protector.Protect(ClientFields.Name, name!),
                BirthDateEncrypted = protector.Protect(ClientFields.BirthDate, birth.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                IdentityHash = hash,
                MunicipalityCode = municipality!,
                Postcode4 = "",
                DueDate = due!.Value,
            };
            own.Involvements.Add(new Involvement { OrganisationId = organisation.Value, StartedAt = now, LastActivityAt = now, StartedByUserId = userId });
            db.Add(own);
        }
        else if (own.Involvements.FirstOrDefault(i => i.OrganisationId == organisation && i.EndedAt == null) is { } active)
        {
            active.LastActivityAt = now;
        }
        else
        {
            own.Involvements.Add(new Involvement { OrganisationId = organisation!.Value, StartedAt = now, LastActivityAt = now, StartedByUserId = userId });
        }
        await db.SaveChangesAsync(ct);
        var matches = await MatchAsync(own.Id, ct);
        return new Registered(own.Id, renewed, matches, errors);
    }

    /// <summary>
    /// Looks for other organisations involved with the same woman (same keyed hash, an open pathway, still involved) and
    /// records each new pair once. Uses the hash index only: no name is decrypted or compared.
    /// </summary>
    public async Task<int> MatchAsync(int pathwayId, CancellationToken ct)
    {
        var mine = await db.Set<Pathway>().AsNoTracking().Where(p => p.Id == pathwayId && p.AnonymisedAt == null && p.IdentityHash != "")
            .Select(p => new { p.IdentityHash, p.OrganisationId }).FirstOrDefaultAsync(ct);
        if (mine is null) return 0;
        var others = await db.Set<Pathway>().AsNoTracking()
            .Where(p => p.IdentityHash == mine.IdentityHash && p.Id != pathwayId && p.ClosedAt == null && p.OrganisationId != mine.OrganisationId
                && p.Involvements.Any(i => i.OrganisationId == p.OrganisationId && i.EndedAt == null))
            .Select(p => new { p.Id, p.OrganisationId }).ToListAsync(ct);
        if (others.Count == 0) return 0;
        var ids = others.Select(o => o.Id).ToList();
        var known = await db.Set<InvolvementMatch>().AsNoTracking()
            .Where(m => (m.PathwayId == pathwayId && ids.Contains(m.OtherPathwayId)) || (m.OtherPathwayId == pathwayId && ids.Contains(m.PathwayId)))
            .Select(m => m.PathwayId == pathwayId ? m.OtherPathwayId : m.PathwayId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var other in others.Where(o => !known.Contains(o.Id)))
        {
            db.Add(new InvolvementMatch { PathwayId = pathwayId, OrganisationId = mine.OrganisationId, OtherPathwayId = other.Id, OtherOrganisationId = other.OrganisationId, MatchedAt = now });
            // both sides hear of it, without a name: the pathway page shows the other's contact point
            notices.Add(mine.OrganisationId, $"Een andere organisatie is ook betrokken bij traject {pathwayId}.", $"/trajecten/{pathwayId}");
            notices.Add(other.OrganisationId, $"Een andere organisatie is ook betrokken bij traject {other.Id}.", $"/trajecten/{other.Id}");
            added++;
        }
        if (added > 0) await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>The other organisations involved with the women of these pathways, as contact points; ended involvement no longer shows.</summary>
    public async Task<ILookup<int, ContactPoint>> ContactPointsAsync(IReadOnlyCollection<int> pathwayIds, CancellationToken ct)
    {
        var ids = pathwayIds.ToList();
        var rows = await db.Set<InvolvementMatch>().AsNoTracking()
            .Where(m => ids.Contains(m.PathwayId) || ids.Contains(m.OtherPathwayId))
            .Select(m => new { m.PathwayId, m.OtherPathwayId, m.OrganisationId, m.OtherOrganisationId, m.MatchedAt }).ToListAsync(ct);
        var sides = rows.SelectMany(m => new[]
        {
            (Mine: m.PathwayId, Theirs: m.OtherPathwayId, Organisation: m.OtherOrganisationId, m.MatchedAt),
            (Mine: m.OtherPathwayId, Theirs: m.PathwayId, Organisation: m.OrganisationId, m.MatchedAt),
        }).Where(s => ids.Contains(s.Mine)).ToList();
        var theirs = sides.Select(s => s.Theirs).Distinct().ToList();
        var stillInvolved = (await db.Set<Involvement>().AsNoTracking().Where(i => theirs.Contains(i.PathwayId) && i.EndedAt == null)
            .Select(i => new { i.PathwayId, i.OrganisationId }).ToListAsync(ct)).Select(i => (i.PathwayId, i.OrganisationId)).ToHashSet();
        var organisationIds = sides.Select(s => s.Organisation).Distinct().ToList();
        var organisations = await organisationDirectory.ContactPointsAsync(organisationIds, ct);
        return sides.Where(s => stillInvolved.Contains((s.Theirs, s.Organisation)) && organisations.ContainsKey(s.Organisation))
            .Select(s => new ContactPoint(s.Mine, s.Theirs, s.Organisation, organisations[s.Organisation].Name, organisations[s.Organisation].Phone,
                organisations[s.Organisation].Email, s.MatchedAt, organisations[s.Organisation].IsExample))
            .ToLookup(c => c.PathwayId);
    }

    /// <summary>A change by her organisation keeps its involvement alive; saved with the change it belongs to.</summary>
    public async Task TouchAsync(int pathwayId, IReadOnlySet<int> organisations, CancellationToken ct)
    {
        var ids = organisations.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var involvement in await db.Set<Involvement>().Where(i => i.PathwayId == pathwayId && i.EndedAt == null && ids.Contains(i.OrganisationId)).ToListAsync(ct))
        {
            involvement.LastActivityAt = now;
        }
    }

    /// <summary>Her organisation is no longer involved: from now on it has no access to the pathway.</summary>
    public async Task<bool> EndAsync(int pathwayId, IReadOnlySet<int> organisations, string userId, CancellationToken ct)
    {
        var ids = organisations.ToList();
        var active = await db.Set<Involvement>().Where(i => i.PathwayId == pathwayId && i.EndedAt == null && ids.Contains(i.OrganisationId)).ToListAsync(ct);
        if (active.Count == 0) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var involvement in active)
        {
            involvement.EndedAt = now;
            involvement.EndedByUserId = userId;
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>When her organisation's involvement lapses without activity, for the pathway page.</summary>
    public static DateTime LapsesAt(Involvement involvement, int months) => (involvement.LastActivityAt ?? involvement.StartedAt).AddMonths(months);
}
