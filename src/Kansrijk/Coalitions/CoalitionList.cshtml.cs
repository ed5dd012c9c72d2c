using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Coalitions;

public sealed class CoalitionListModel(CoalitionQueries queries) : PageModel
{
    public IReadOnlyList<Coalition> Coalitions { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>Every municipality with the furthest status of the coalitions it belongs to; null when it has none in Kansrijk.</summary>
    public IReadOnlyList<(string Code, string Name, CoalitionStatus? Status)> MunicipalityStatus { get; private set; } = [];

    /// <summary>The map's categories, furthest first, ending with "no coalition".</summary>
    public static IReadOnlyList<string> MapLabels { get; } =
        [.. new[] { CoalitionStatus.Formed, CoalitionStatus.Preparing, CoalitionStatus.Exploring, CoalitionStatus.Stopped }.Select(CoalitionNames.Dutch), NoCoalition];

    public const string NoCoalition = "geen coalitie in Kansrijk";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Coalitions = await queries.ListAsync(ct);
        var municipalities = await queries.MunicipalitiesAsync(ct);
        Names = municipalities.ToDictionary(m => m.Code, m => m.Name);
        var furthest = Coalitions.SelectMany(c => c.Municipalities.Select(m => (m.MunicipalityCode, c.Status)))
            .GroupBy(x => x.MunicipalityCode)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Status).OrderBy(Rank).First());
        MunicipalityStatus = [.. municipalities.Select(m => (m.Code, m.Name, furthest.TryGetValue(m.Code, out var s) ? s : (CoalitionStatus?)null))];
    }

    private static int Rank(CoalitionStatus status) => status switch
    {
        CoalitionStatus.Formed => 0,
        CoalitionStatus.Preparing => 1,
        CoalitionStatus.Exploring => 2,
        _ => 3,
    };

    public static string Label(CoalitionStatus? status) => status is { } s ? CoalitionNames.Dutch(s) : NoCoalition;
}
