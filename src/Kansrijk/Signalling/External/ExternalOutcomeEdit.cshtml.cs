using Kansrijk.Access.Authorization;
using Kansrijk.Pathways;
using Kansrijk.Platform.Layout;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Signalling.External;

/// <summary>
/// "/trajecten/{id}/signalering/extern/{uitkomst}": the professional who may write on the pathway corrects the instrument,
/// date and domains of an outcome of another instrument, from the version she saw (client.wijzigen; a refusal is logged by the Authorizer).
/// </summary>
[Authorize]
public sealed class ExternalOutcomeEditModel(Authorizer authorizer, PathwayCaseLinks pathways, ExternalOutcomeService outcomes) : PageModel, IExternalOutcomeForm
{
    public int Id { get; private set; }
    public int OutcomeId { get; private set; }
    public IReadOnlyList<Domain> Domains { get; private set; } = [];
    public FormErrors Errors { get; private set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Instrument { get; set; }
    [BindProperty] public string? OtherName { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public Dictionary<string, string?> Results { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int uitkomst, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        if (await outcomes.FindAsync(id, uitkomst, ct) is not { } found) return NotFound();
        (Id, OutcomeId, Domains, Version) = (id, uitkomst, found.Definition.Domains, found.Version);
        (Instrument, OtherName, Date, Results) = (found.Input.Instrument, found.Input.OtherName, found.Input.Date, found.Input.Results.ToDictionary());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int uitkomst, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        var errors = await outcomes.CorrectAsync(id, uitkomst, Version, new ExternalOutcomeInput(Instrument, OtherName, Date, Results), ct);
        if (errors is null) return NotFound();
        if (!errors.Any)
        {
            TempData["Melding"] = "De uitkomst van het andere instrument is verbeterd.";
            return Redirect($"/trajecten/{id}/signalering#lijst-{uitkomst}");
        }
        Errors = errors;
        // after a conflict the next save starts from the version saved meanwhile; what she typed stays on the page
        if (errors.Conflict && await outcomes.FindAsync(id, uitkomst, ct) is { } now) Version = now.Version;
        (Id, OutcomeId, Domains) = (id, uitkomst, (await outcomes.DefinitionAsync(ct)).Domains);
        return Page();
    }
}
