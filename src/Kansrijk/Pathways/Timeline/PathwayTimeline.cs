using System.Globalization;
using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// Every event of one pathway in date order, with who (professional and organisation) and when: opened, involvement
/// started and ended, matches, consent given and withdrawn, each referral status, corrections and break-the-glass.
/// Shown only to the organisations involved; a receiver sees the course of her own referral on its page.
/// </summary>
public sealed class PathwayTimeline(KansrijkDb db, Organisations.OrganisationDirectory organisationDirectory, CarePaths.OfferDirectory offerDirectory)
{
    public sealed record Event(DateTime At, string What, string? Who, string? Organisation);

    public async Task<IReadOnlyList<Event>> ForAsync(int pathwayId, CancellationToken ct)
    {
        var p = await db.Set<Pathway>().AsNoTracking().Include(x => x.Involvements).Include(x => x.Consents).Include(x => x.Referrals).ThenInclude(r => r.Changes)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == pathwayId, ct);
        if (p is null) return [];
        var key = pathwayId.ToString(CultureInfo.InvariantCulture);
        var matches = await db.Set<InvolvementMatch>().AsNoTracking().Where(m => m.PathwayId == pathwayId || m.OtherPathwayId == pathwayId).ToListAsync(ct);
        var emergencies = await db.Set<EmergencyAccess>().AsNoTracking().Where(e => e.PathwayId == pathwayId).ToListAsync(ct);
        var corrections = await db.AccessLog.AsNoTracking()
            .Where(e => e.ClientId == key && e.ObjectType == nameof(Pathway) && e.Action == AccessAction.Update && e.Outcome == AccessOutcome.Success)
            .Select(e => new { e.OccurredAt, e.UserId, e.UserName }).Take(500).ToListAsync(ct);

        var organisationIds = p.Involvements.Select(i => i.OrganisationId).Concat(p.Consents.Select(c => c.ReceiverOrganisationId))
            .Concat(p.Referrals.SelectMany(r => new[] { r.ReceiverOrganisationId, r.ReferrerOrganisationId }))
            .Concat(matches.SelectMany(m => new[] { m.OrganisationId, m.OtherOrganisationId })).Concat(emergencies.Select(e => e.OrganisationId))
            .Append(p.OrganisationId).Distinct().ToList();
        var organisations = await organisationDirectory.NamesAsync(organisationIds, ct);
        var offerIds = p.Referrals.Select(r => r.OfferId).Concat(p.Consents.Where(c => c.OfferId != null).Select(c => c.OfferId!.Value)).Distinct().ToList();
        var offers = (await offerDirectory.FindAsync(offerIds, ct)).ToDictionary(o => o.Key, o => o.Value.Name);
        var userIds = new[] { p.OpenedByUserId }.Concat(p.Involvements.SelectMany(i => new[] { i.StartedByUserId, i.EndedByUserId }))
            .Concat(p.Consents.SelectMany(c => new[] { c.RecordedByUserId, c.WithdrawnByUserId }))
            .Concat(p.Referrals.SelectMany(r => r.Changes.Select(c => c.ByUserId))).Concat(corrections.Select(c => c.UserId))
            .OfType<string>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string? Person(string? id) => id is null ? null : people.GetValueOrDefault(id, "onbekend");
        string Org(int id) => organisations.GetValueOrDefault(id, "?");

        var events = new List<Event> { new(p.OpenedAt, "Traject geopend", Person(p.OpenedByUserId), Org(p.OrganisationId)) };
        foreach (var i in p.Involvements)
        {
            if (i.StartedAt > p.OpenedAt.AddSeconds(1)) events.Add(new(i.StartedAt, "Betrokkenheid gemeld", Person(i.StartedByUserId), Org(i.OrganisationId)));
            if (i.EndedAt is { } ended)
            {
                events.Add(new(ended, i.EndedByUserId is null ? (p.AnonymisedAt is null ? "Betrokkenheid vervallen (lang geen activiteit)" : "Betrokkenheid beëindigd bij het verwijderen") : "Betrokkenheid beëindigd",
                    Person(i.EndedByUserId), Org(i.OrganisationId)));
            }
        }
        foreach (var m in matches)
        {
            var other = m.PathwayId == pathwayId ? m.OtherOrganisationId : m.OrganisationId;
            events.Add(new(m.MatchedAt, $"Ook betrokken: {Org(other)}", null, null));
        }
        foreach (var c in p.Consents)
        {
            var what = c.OfferId is { } o ? offers.GetValueOrDefault(o, "?") : Org(c.ReceiverOrganisationId);
            events.Add(new(c.GivenAt, $"Toestemming gegeven: {ConsentWords.Purpose(c.Purpose)} {what}", Person(c.RecordedByUserId), null));
            if (c.WithdrawnAt is { } withdrawn) events.Add(new(withdrawn, $"Toestemming ingetrokken: {what}", Person(c.WithdrawnByUserId), null));
        }
        foreach (var r in p.Referrals)
        {
            foreach (var change in r.Changes)
            {
                var registered = change.Status == ReferralStatus.Registered;
                events.Add(new(change.At, $"Verwijzing naar {offers.GetValueOrDefault(r.OfferId, "?")}: {ReferralStatuses.Dutch(change.Status)}{(change.NotStartedReason is null ? "" : $" ({change.NotStartedReason})")}",
                    Person(change.ByUserId), Org(registered ? r.ReferrerOrganisationId : r.ReceiverOrganisationId)));
            }
        }
        events.AddRange(corrections.Select(c => new Event(c.OccurredAt, "Gegevens gewijzigd", c.UserId is null ? c.UserName : Person(c.UserId), null)));
        events.AddRange(emergencies.Select(e => new Event(e.StartedAt, "Noodtoegang (24 uur)", e.UserName, Org(e.OrganisationId))));
        return [.. events.OrderBy(e => e.At)];
    }
}
