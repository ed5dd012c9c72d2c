using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Coalitions;

public sealed class CoalitionListModel(CoalitionQueries queries) : PageModel
{
    public IReadOnlyList<Coalition> Coalitions { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Coalitions = await queries.ListAsync(ct);
        Names = await queries.MunicipalityNamesAsync(Coalitions.SelectMany(c => c.Municipalities).Select(m => m.MunicipalityCode), ct);
    }
}
