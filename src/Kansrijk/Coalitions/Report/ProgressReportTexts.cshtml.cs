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
    /// <summary>The version of the texts the form showed; -1 when nothing was saved yet; absent checks nothing (no lost updates).</summary>
    [BindProperty] public int? Version { get; set; }
    private const int NothingSaved = -1;
    public FormErrors Errors { get; private set; } = new();
    public Coalition Coalition { get; private set; } = null!;
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, [FromRoute] int jaar, CancellationToken ct)
    {
        if (await LoadAsync(id, jaar, ct) is { } denied) return denied;
        var texts = await db.ProgressReportTexts.AsNoTracking().FirstOrDefaultAsync(t => t.CoalitionId == id && t.Year == jaar, ct);
        (Introduction, NextYear, Conclusion, Version) = (texts?.Introduction, texts?.NextYear, texts?.Conclusion, texts?.Version ?? NothingSaved);
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
        if (texts is not null && Version == NothingSaved) return await ConflictAsync(id, jaar, ct);
        if (texts is null)
        {
            texts = new ProgressReportText { CoalitionId = id, Year = jaar, UpdatedBy = "" };
            db.ProgressReportTexts.Add(texts);
        }
        else if (Version is { } seen)
        {
            db.ExpectVersion(texts, seen);
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
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || Version == NothingSaved)
        {
            // Someone else saved first (a newer version, or the first save of the same year): nothing of hers is written.
            db.ChangeTracker.Clear();
            return await ConflictAsync(id, jaar, ct);
        }
        return Redirect($"/coalities/{id}/voortgang/{jaar}");
    }

    /// <summary>Her texts stay in the form; the message says who saved in between, and the form now carries that version.</summary>
    private async Task<IActionResult> ConflictAsync(int id, int jaar, CancellationToken ct)
    {
        var saved = await db.ProgressReportTexts.AsNoTracking().FirstAsync(t => t.CoalitionId == id && t.Year == jaar, ct);
        Errors.Add("Introduction", Versions.Conflict(saved.UpdatedBy, saved.UpdatedAt));
        Errors.Conflict = true;
        Version = saved.Version;
        return Page();
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
