using System.Text;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Kansrijk.Signalling.Instruments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Signalling.Admin;

/// <summary>
/// "/beheer/instrumenten": the administrator imports a version from a JSON file (all or nothing), exports a version, and
/// publishes a concept after confirming. A published version never changes; the service refuses.
/// </summary>
[Authorize]
public sealed class InstrumentAdminModel(Authorizer authorizer, KansrijkDb db, InstrumentService instruments) : PageModel
{
    public const int MaxFileBytes = 1_000_000;

    public sealed record VersionRow(int Id, string Key, int Number, string Name, InstrumentStatus Status, DateTime CreatedAt, DateTime? PublishedAt);

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public FormErrors Errors { get; private set; } = new();
    public IReadOnlyList<string> ImportErrors { get; private set; } = [];
    public string? Message { get; private set; }
    public int? PublishVersionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.InstrumentManage, ct: ct)) return Forbid();
        Message = TempData["Melding"] as string;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int versionId, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.InstrumentManage, ct: ct)) return Forbid();
        var row = await db.InstrumentVersions.AsNoTracking().Where(v => v.Id == versionId)
            .Select(v => new { v.Instrument!.Key, v.Number }).SingleOrDefaultAsync(ct);
        var json = await instruments.ExportAsync(versionId, ct);
        if (row is null || json is null) return NotFound();
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"{row.Key}-versie-{row.Number}.json");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.InstrumentManage, ct: ct)) return Forbid();
        if (file is null || file.Length == 0)
        {
            Errors.Add("file", "Kies een JSON-bestand met een instrument.");
        }
        else if (file.Length > MaxFileBytes)
        {
            Errors.Add("file", "Het bestand is groter dan 1 MB. Een instrument is veel kleiner; kies het juiste bestand.");
        }
        else
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            var outcome = await instruments.ImportAsync(await reader.ReadToEndAsync(ct), ct);
            if (outcome.Succeeded)
            {
                TempData["Melding"] = $"Versie {outcome.Version!.Number} van \"{outcome.Version.Name}\" is opgeslagen als concept.";
                return Redirect("/beheer/instrumenten");
            }
            ImportErrors = outcome.Errors;
            Errors.Add("file", outcome.Errors.Count == 1
                ? "Niets geïmporteerd: het bestand heeft 1 fout. " + outcome.Errors[0]
                : $"Niets geïmporteerd: het bestand heeft {outcome.Errors.Count} fouten (zie de lijst bij het veld). " + outcome.Errors[0]);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int versionId, bool confirmed, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.InstrumentManage, ct: ct)) return Forbid();
        if (!confirmed)
        {
            PublishVersionId = versionId;
            Errors.Add($"bevestig-{versionId}", "Vink aan dat u deze versie wilt publiceren. Daarna kan zij niet meer veranderen.");
            await LoadAsync(ct);
            return Page();
        }
        var error = await instruments.PublishAsync(versionId, ct);
        if (error is not null)
        {
            Errors.Add($"versie-{versionId}", error);
            await LoadAsync(ct);
            return Page();
        }
        TempData["Melding"] = "De versie is gepubliceerd. Nieuwe vragenlijsten gebruiken deze versie.";
        return Redirect("/beheer/instrumenten");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var versions = await db.InstrumentVersions.AsNoTracking()
            .Select(v => new { v.Id, v.Instrument!.Key, v.Number, v.Name, v.Status, v.CreatedAt, v.PublishedAt })
            .ToListAsync(ct);
        Versions = [.. versions.OrderBy(v => v.Key, StringComparer.Ordinal).ThenByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Id, v.Key, v.Number, v.Name, v.Status, v.CreatedAt, v.PublishedAt))];
    }
}
