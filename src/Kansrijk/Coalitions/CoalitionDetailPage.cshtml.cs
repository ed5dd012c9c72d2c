using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Coalitions;

public sealed class CoalitionDetailModel(CoalitionQueries queries, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CoalitionChange> History { get; private set; } = [];
    public bool CanEdit => CoalitionRights.CanEdit(User, Detail.Coalition);

    public CoalitionDetail Detail { get; private set; } = null!;
    public int ThisYear => clock.GetUtcNow().Year;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }
        Detail = detail;
        History = await queries.HistoryAsync(id, ct);
        return Page();
    }
}
