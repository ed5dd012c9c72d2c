using Kansrijk.Access.Authorization;
using Kansrijk.Pathways;
using Kansrijk.Signalling.Responses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Signalling.External;

/// <summary>
/// "/trajecten/{id}/signalering/extern/{uitkomst}/verwijderen": asks to confirm, then deletes the outcome of another
/// instrument (client.wijzigen; only from the version shown, so a correction made meanwhile is not deleted unseen).
/// </summary>
[Authorize]
public sealed class ExternalOutcomeDeleteModel(Authorizer authorizer, PathwayCaseLinks pathways, ExternalOutcomeService outcomes) : PageModel
{
    public int Id { get; private set; }
    public int OutcomeId { get; private set; }
    public ExternalOutcomeInput? Outcome { get; private set; }
    /// <summary>The outcome was corrected after the page was shown: nothing deleted, shown again.</summary>
    public bool Conflict { get; private set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int uitkomst, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        return await ShowAsync(id, uitkomst, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, int uitkomst, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        // a post that did not come from the confirmation page is asked first
        if (!Confirm) return Redirect($"/trajecten/{id}/signalering/extern/{uitkomst}/verwijderen");
        switch (await outcomes.DeleteAsync(id, uitkomst, Version, ct))
        {
            case null: return NotFound();
            case false:
                Conflict = true;
                return await ShowAsync(id, uitkomst, ct);
            default:
                TempData["Melding"] = "De uitkomst van het andere instrument is verwijderd.";
                return Redirect($"/trajecten/{id}/signalering#uitkomst");
        }
    }

    private async Task<IActionResult> ShowAsync(int id, int uitkomst, CancellationToken ct)
    {
        if (await outcomes.FindAsync(id, uitkomst, ct) is not { } found) return NotFound();
        (Id, OutcomeId, Outcome, Version) = (id, uitkomst, found.Input, found.Version);
        return Page();
    }
}
