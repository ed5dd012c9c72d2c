using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Coalitions;

public sealed class CoalitionDetailModel(CoalitionQueries queries, TimeProvider clock, Authorizer authorizer) : PageModel
{
    public IReadOnlyList<CoalitionChange> History { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public string? Message { get; private set; }

    public CoalitionDetail Detail { get; private set; } = null!;
    public int ThisYear => clock.GetUtcNow().Year;

    /// <summary>From the first year the registry knows something of the coalition up to this year, newest first.</summary>
    public IReadOnlyList<int> ReportYears
    {
        get
        {
            var known = Detail.Activities.Select(a => a.Year).Concat(Detail.Budget.Select(b => b.Year))
                .Append(Detail.Coalition.StatusSince ?? ThisYear).Where(y => y >= Report.ReportYears.First).ToList();
            var first = Math.Min(known.Min(), ThisYear);
            return [.. Enumerable.Range(first, ThisYear - first + 1).Reverse()];
        }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }
        Detail = detail;
        CanEdit = await authorizer.MayAsync(Permissions.CoalitionEdit, CoalitionResources.Of(detail.Coalition));
        History = await queries.HistoryAsync(id, ct);
        Message = TempData["Melding"] as string;
        return Page();
    }
}
