using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Report;

/// <summary>The free-text parts of the progress report, written by those who may edit the coalition.</summary>
[Authorize]
public sealed class ProgressReportTextsModel(KansrijkDb db, TimeProvider clock, Authorizer authorizer) : PageModel
{
    public const int MaxLength = 8000;

    [BindProperty] public string? Introduction { get; set; }
    [BindProperty] public string? NextYear { get; set; }
    [BindProperty] public string? Conclusion { get; set; }
    public FormErrors Errors { get; private set; } = new();
    public Coalition Coalition { get; private set; } = null!;
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, [FromRoute] int jaar, CancellationToken ct)
    {
        if (await LoadAsync(id, jaar, ct) is { } denied) return denied;
        var texts = await db.ProgressReportTexts.AsNoTracking().FirstOrDefaultAsync(t => t.CoalitionId == id && t.Year == jaar, ct);
        (Introduction, NextYear, Conclusion) = (texts?.Introduction, texts?.NextYear, texts?.Conclusion);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int id, [FromRoute] int jaar, CancellationToken ct)
    {
        if (await LoadAsync(id, jaar, ct) is { } denied) return denied;
        foreach (var (field, value) in new[] { ("Introduction", Introduction), ("NextYear", NextYear), ("Conclusion", Conclusion) })
        {
            if (value?.Length > MaxLength) Errors.Add(field, $"Deze tekst is {value.Length} tekens; het maximum is {MaxLength}.");
        }
        if (Errors.Any) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var texts = await db.ProgressReportTexts.FirstOrDefaultAsync(t => t.CoalitionId == id && t.Year == jaar, ct);
        if (texts is null)
        {
            texts = new ProgressReportText { CoalitionId = id, Year = jaar, UpdatedBy = "" };
            db.ProgressReportTexts.Add(texts);
        }
        var changed = new[] { ("inleiding", texts.Introduction, Clean(Introduction)), ("plannen", texts.NextYear, Clean(NextYear)), ("conclusie", texts.Conclusion, Clean(Conclusion)) }
            .Where(x => x.Item2 != x.Item3).Select(x => x.Item1).ToList();
        (texts.Introduction, texts.NextYear, texts.Conclusion) = (Clean(Introduction), Clean(NextYear), Clean(Conclusion));
        (texts.UpdatedAt, texts.UpdatedBy) = (now, User.Identity!.Name!);
        db.CoalitionChanges.Add(new CoalitionChange
        {
            CoalitionId = id,
            ChangedAt = now,
            ChangedBy = User.Identity!.Name!,
            What = changed.Count == 0 ? $"Voortgangsrapportage {jaar}: opgeslagen zonder wijzigingen" : $"Voortgangsrapportage {jaar}: {string.Join(", ", changed)} gewijzigd",
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/coalities/{id}/voortgang/{jaar}");
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");

    private async Task<IActionResult?> LoadAsync(int id, int year, CancellationToken ct)
    {
        if (!ReportYears.IsValid(year, clock)) return NotFound();
        var coalition = await db.Coalitions.AsNoTracking().Include(c => c.Municipalities).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (coalition is null) return NotFound();
        if (!await authorizer.AllowsAsync(Permissions.CoalitionEdit, CoalitionResources.Of(coalition), ct)) return Forbid();
        (Coalition, Year) = (coalition, year);
        return null;
    }
}
