using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Coalitions.Report;

/// <summary>The progress report of a coalition for a year: print-ready page and Word download. Everyone reads it.</summary>
public sealed class ProgressReportPageModel(ProgressReportBuilder builder, TimeProvider clock, Authorizer authorizer) : PageModel
{
    public ProgressReport Report { get; private set; } = null!;
    public IReadOnlyList<ReportBlock> Blocks { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, [FromRoute] int jaar, CancellationToken ct) =>
        await LoadAsync(id, jaar, ct) ?? Page();

    public async Task<IActionResult> OnGetWordAsync([FromRoute] int id, [FromRoute] int jaar, CancellationToken ct)
    {
        if (await LoadAsync(id, jaar, ct) is { } notFound) return notFound;
        var name = new string([.. Report.Coalition.Name.ToLowerInvariant().Select(ch => char.IsLetterOrDigit(ch) ? ch : '-')]).Trim('-');
        return File(ProgressReportDocx.Write(Report), ProgressReportDocx.ContentType, $"voortgangsrapportage-{name}-{jaar}.docx");
    }

    private async Task<IActionResult?> LoadAsync(int id, int year, CancellationToken ct)
    {
        if (!ReportYears.IsValid(year, clock)) return NotFound();
        var report = await builder.BuildAsync(id, year, ct);
        if (report is null) return NotFound();
        Report = report;
        Blocks = [.. ProgressReportSections.Of(report)];
        CanEdit = await authorizer.MayAsync(Permissions.CoalitionEdit, CoalitionResources.Of(report.Coalition));
        return null;
    }
}

public static class ReportYears
{
    public const int First = 2012;

    public static bool IsValid(int year, TimeProvider clock) => year >= First && year <= clock.GetUtcNow().Year + 1;
}
