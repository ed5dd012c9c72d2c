using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Monitor;

/// <summary>Adding (code "nieuw") and editing an indicator; every change keeps the old version with who and when.</summary>
[Authorize(Policy = Permissions.Names.IndicatorEdit)]
public sealed class IndicatorEditModel(KansrijkDb db, TimeProvider clock, MonitorDataVersion version) : PageModel
{
    public const string NewCode = "nieuw";

    [BindProperty] public IndicatorForm Form { get; set; } = new();
    public FormErrors Errors { get; private set; } = new();
    public IReadOnlyList<IndicatorRevision> Revisions { get; private set; } = [];
    public bool IsNew { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string code, CancellationToken ct)
    {
        IsNew = code == NewCode;
        if (IsNew)
        {
            Form = new IndicatorForm { SuppressionThreshold = "10", Decimals = "1", Set = nameof(IndicatorSet.LocalChoice) };
            return Page();
        }
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code.ToUpperInvariant(), ct);
        if (indicator is null) return NotFound();
        Form = IndicatorForm.From(indicator);
        await LoadHistoryAsync(indicator.Code, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string code, CancellationToken ct)
    {
        IsNew = code == NewCode;
        var existing = IsNew ? null : await db.Indicators.FirstOrDefaultAsync(i => i.Code == code.ToUpperInvariant(), ct);
        if (!IsNew && existing is null) return NotFound();
        var codes = await db.Indicators.Select(i => i.Code).ToListAsync(ct);
        Errors = FormErrors.From(await new IndicatorFormValidator(IsNew, codes.Contains).ValidateAsync(Form, ct));
        if (Errors.Any)
        {
            if (!IsNew) { Form.Code = existing!.Code; await LoadHistoryAsync(existing.Code, ct); }
            return Page();
        }

        var indicator = existing ?? new Indicator
        {
            Code = Form.Code!.ToUpperInvariant(),
            Name = "",
            NumeratorDescription = "",
            Source = "",
            SortOrder = (await db.Indicators.MaxAsync(i => (int?)i.SortOrder, ct) ?? 0) + 1,
        };
        var before = IndicatorForm.Snapshot(indicator);
        var changes = Form.ApplyTo(indicator);
        if (IsNew)
        {
            db.Indicators.Add(indicator);
            changes = "Aangemaakt";
        }
        if (!IsNew && Form.Version is { } seen) db.ExpectVersion(indicator, seen);
        if (changes.Length > 0)
        {
            db.IndicatorRevisions.Add(new IndicatorRevision
            {
                IndicatorCode = indicator.Code,
                ChangedAt = clock.GetUtcNow().UtcDateTime,
                ChangedBy = User.Identity?.Name ?? "onbekend",
                Snapshot = before,
                Changes = changes,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else saved first: nothing of hers is written, her input stays in the form.
                db.ChangeTracker.Clear();
                var last = await db.IndicatorRevisions.AsNoTracking().Where(r => r.IndicatorCode == indicator.Code).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
                Errors.Add("Name", Versions.Conflict(last?.ChangedBy, last?.ChangedAt) + (last is null ? "" : $" Die wijziging: {last.Changes}."));
                Errors.Conflict = true;
                Form.Code = indicator.Code;
                Form.Version = await db.Indicators.Where(i => i.Code == indicator.Code).Select(i => i.Version).SingleAsync(ct);
                await LoadHistoryAsync(indicator.Code, ct);
                return Page();
            }
            version.Bump();
        }
        if (IsNew)
        {
            return Redirect($"/monitor/indicatoren/{indicator.Code}");
        }
        Saved = true;
        Form = IndicatorForm.From(indicator);
        await LoadHistoryAsync(indicator.Code, ct);
        return Page();
    }

    private async Task LoadHistoryAsync(string code, CancellationToken ct) =>
        Revisions = await db.IndicatorRevisions.AsNoTracking().Where(r => r.IndicatorCode == code).OrderByDescending(r => r.Id).ToListAsync(ct);
}
