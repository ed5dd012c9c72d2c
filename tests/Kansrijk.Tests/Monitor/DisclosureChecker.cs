using Kansrijk.Geography;

namespace Kansrijk.Tests.Monitor;

/// <summary>
/// An attacker's view of published monitor figures, written apart from the app's suppression code: it builds every
/// sum the pages and the API publish from the geography alone (municipalities → GGD region, municipalities → province,
/// GGD regions → province, provinces → Netherlands, GGD regions → Netherlands, municipalities → Netherlands, and areas
/// with the same members), then repeatedly solves every sum that has exactly one unknown. An area without any published
/// cell is known to be zero (no data). A shown cell gives numerator and denominator, so the remainder too; a hidden one
/// gives neither, so numerator and remainder have the same unknowns and one pass covers both.
/// </summary>
public sealed class DisclosureChecker
{
    private readonly List<(string Total, string[] Parts)> relations = [];
    private readonly List<string> codes;

    public DisclosureChecker(IReadOnlyList<Area> areas)
    {
        codes = [.. areas.Select(a => a.Code)];
        var municipalities = areas.Where(a => a.Type == AreaType.Municipality).ToList();
        var members = new Dictionary<string, string[]>();
        foreach (var region in areas.Where(a => a.Type == AreaType.GgdRegion))
        {
            members[region.Code] = [.. municipalities.Where(m => m.GgdRegionCode == region.Code).Select(m => m.Code)];
        }
        foreach (var province in areas.Where(a => a.Type == AreaType.Province))
        {
            members[province.Code] = [.. municipalities.Where(m => m.ProvinceCode == province.Code).Select(m => m.Code)];
            var regions = municipalities.Where(m => m.ProvinceCode == province.Code).Select(m => m.GgdRegionCode!).Distinct().ToArray();
            relations.Add((province.Code, regions));
        }
        members[Area.NetherlandsCode] = [.. municipalities.Select(m => m.Code)];
        relations.AddRange(members.Select(m => (m.Key, m.Value)));
        relations.Add((Area.NetherlandsCode, [.. areas.Where(a => a.Type == AreaType.Province).Select(a => a.Code)]));
        relations.Add((Area.NetherlandsCode, [.. areas.Where(a => a.Type == AreaType.GgdRegion).Select(a => a.Code)]));
        // Areas with exactly the same municipalities (e.g. Flevoland the province and Flevoland the GGD region).
        foreach (var same in members.GroupBy(m => string.Join(",", m.Value.Order(StringComparer.Ordinal))).Where(g => g.Count() > 1))
        {
            var first = same.First().Key;
            relations.AddRange(same.Skip(1).Select(other => (first, new[] { other.Key })));
        }
    }

    /// <summary>The relations, for a test that wants to know how many there are.</summary>
    public int RelationCount => relations.Count;

    /// <summary>
    /// The areas published without numbers (suppressed or too little data) whose counts nevertheless follow from what is
    /// published. Every area not in <paramref name="withoutNumbers"/> is known: shown with its numbers, or without any
    /// cell (zero).
    /// </summary>
    public IReadOnlyList<string> Derivable(IReadOnlySet<string> withoutNumbers)
    {
        var known = codes.Where(c => !withoutNumbers.Contains(c)).ToHashSet();
        bool progress;
        do
        {
            progress = false;
            foreach (var (total, parts) in relations)
            {
                var unknown = parts.Append(total).Where(c => !known.Contains(c)).Distinct().ToList();
                if (unknown.Count == 1)
                {
                    known.Add(unknown[0]);
                    progress = true;
                }
            }
        }
        while (progress);
        return [.. withoutNumbers.Where(known.Contains).Order(StringComparer.Ordinal)];
    }
}
