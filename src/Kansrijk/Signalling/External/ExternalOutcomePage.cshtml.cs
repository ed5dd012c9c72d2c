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
/// "/trajecten/{id}/signalering/extern": the professional records the outcome of another instrument per domain
/// (client.wijzigen on the pathway through PathwayCaseLinks, like the other pathway pages; a refusal is logged by the Authorizer).
/// </summary>
[Authorize]
public sealed class ExternalOutcomePageModel(Authorizer authorizer, PathwayCaseLinks pathways, ExternalOutcomeService outcomes) : PageModel, IExternalOutcomeForm
{
    public int Id { get; private set; }
    public IReadOnlyList<Domain> Domains { get; private set; } = [];
    public FormErrors Errors { get; private set; } = new();
    [BindProperty] public string? Instrument { get; set; }
    [BindProperty] public string? OtherName { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public Dictionary<string, string?> Results { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        (_, Errors) = await outcomes.RecordAsync(id, new ExternalOutcomeInput(Instrument, OtherName, Date, Results), ct);
        if (!Errors.Any)
        {
            TempData["Melding"] = "De uitkomst van het andere instrument is vastgelegd.";
            return Redirect($"/trajecten/{id}/signalering#uitkomst");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Id = id;
        Domains = (await outcomes.DefinitionAsync(ct)).Domains;
    }
}
