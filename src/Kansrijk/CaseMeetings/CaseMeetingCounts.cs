using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CaseMeetings;

/// <summary>Per municipality (of the pathway) and year (of the meeting): how many distinct pathways were discussed by name.</summary>
public sealed record CaseMeetingYear(string MunicipalityCode, int Year, int PathwaysDiscussed);

/// <summary>
/// The contract for the process indicator "besproken in een MDO": counts only, no client data. A case counts once its
/// meeting has taken place; a later withdrawal of her consent does not undo that it was discussed.
/// </summary>
public sealed class CaseMeetingCounts(KansrijkDb db, PathwayCaseLinks pathways, TimeProvider clock)
{
    public async Task<IReadOnlyList<CaseMeetingYear>> DiscussedByNameAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cases = await (from c in db.Set<MeetingCase>().AsNoTracking()
                           where c.PathwayId != null
                           join m in db.Set<CaseMeeting>() on c.MeetingId equals m.Id
                           where m.StartsAt <= now
                           select new { PathwayId = c.PathwayId!.Value, m.StartsAt }).ToListAsync(ct);
        var municipalities = await pathways.MunicipalitiesAsync(cases.Select(c => c.PathwayId), ct);
        return [.. cases.Where(c => municipalities.ContainsKey(c.PathwayId))
            .GroupBy(c => (Municipality: municipalities[c.PathwayId], TimeZoneInfo.ConvertTimeFromUtc(c.StartsAt, CaseMeetingService.Amsterdam).Year))
            .Select(g => new CaseMeetingYear(g.Key.Municipality, g.Key.Year, g.Select(c => c.PathwayId).Distinct().Count()))
            .OrderBy(y => y.MunicipalityCode, StringComparer.Ordinal).ThenBy(y => y.Year)];
    }
}
