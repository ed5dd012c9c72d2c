using System.Text;
using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Monitor.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Monitor;

[Authorize(Policy = Permissions.Names.MonitorImport)]
public sealed class ImportPageModel(IndicatorImporter importer, AccessLogWriter log, ProcessIndicators processIndicators) : PageModel
{
    [BindProperty] public IFormFile? Bestand { get; set; }
    [BindProperty] public string? Bron { get; set; }

    public ImportResult? Result { get; private set; }
    public IReadOnlyList<ImportError> Errors => Result?.Errors ?? [];
    public string? FileError { get; private set; }
    public string? SourceError { get; private set; }

    public string? ProcessMessage { get; private set; }

    /// <summary>Counts the process indicators from the pathways again now (the scheduled job does it every night).</summary>
    public async Task<IActionResult> OnPostProcessAsync(CancellationToken ct)
    {
        var changed = await processIndicators.RefreshAsync(User.Identity!.Name!, ct);
        ProcessMessage = changed == 0 ? "De procesindicatoren waren al bijgewerkt: er is niets veranderd." : $"De procesindicatoren zijn bijgewerkt: {changed} cijfers veranderd.";
        return Page();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Bestand is null || Bestand.Length == 0)
        {
            FileError = "Kies een CSV-bestand.";
        }
        if (string.IsNullOrWhiteSpace(Bron))
        {
            SourceError = "Vul de bron van de cijfers in.";
        }
        if (FileError is not null || SourceError is not null)
        {
            return Page();
        }
        using var reader = new StreamReader(Bestand!.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Result = await importer.ImportAsync(reader, Path.GetFileName(Bestand.FileName), Bron!.Trim(), User.Identity?.Name ?? "onbekend", cancellationToken: ct);
        await log.RecordAsync(new AccessEvent(AccessAction.Create, "Indicatorimport", Result.BatchId?.ToString(),
            Result.Succeeded ? AccessOutcome.Success : AccessOutcome.Failure,
            Details: $"{Bestand.FileName}: {Result.Added} nieuw, {Result.Replaced} vervangen, {Result.Errors.Count} fouten"), ct);
        return Page();
    }
}
