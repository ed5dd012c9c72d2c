using Kansrijk.Access.Authorization;
using Kansrijk.Pathways;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// One meeting for its participants: when, where, who, the cases (every read logged) and the form to bring in a case,
/// by name only with her case-meeting consent, otherwise anonymous. Anyone else gets 403, logged.
/// </summary>
[Authorize]
public sealed class MeetingPageModel(Authorizer authorizer, CaseMeetingService meetings, CaseMeetingReader reader, PathwayCaseLinks pathways,
    UserManager<Access.User> users) : PageModel
{
    public CaseMeetingReader.MeetingView View { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = new();
    public string? Message { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Clients { get; private set; } = [];
    /// <summary>She may change, cancel and invite (an organiser): the page shows the links.</summary>
    public bool MayOrganise { get; private set; }
    [BindProperty] public CaseMeetingService.CaseInput CaseForm { get; set; } = new();
    /// <summary>The language of the consent explanation shown (and printed); Dutch when unknown.</summary>
    [BindProperty(SupportsGet = true, Name = "taal")] public string? Language { get; set; }

    public (string Code, string Name, string Direction) ExplanationLanguage =>
        PathwayCaseLinks.Languages.FirstOrDefault(l => l.Code == Language) is { Code: not null } found ? found : PathwayCaseLinks.Languages[0];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CaseMeetingAttend, await meetings.ResourceAsync(id, ct), ct)) return Forbid();
        CaseForm.ConsentLanguage = ExplanationLanguage.Code;
        Message = Request.Query.ContainsKey("gepland") ? "Het overleg is gepland." : Request.Query.ContainsKey("ingebracht") ? "De casus staat op de agenda."
            : Request.Query.ContainsKey("gewijzigd") ? "Het overleg is gewijzigd." : Request.Query.ContainsKey("geannuleerd") ? "Het overleg is geannuleerd." : null;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostCaseAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CaseMeetingAttend, await meetings.ResourceAsync(id, ct), ct)) return Forbid();
        // By name: only a pathway her organisation is involved in, the same rule as recording any consent there.
        if (CaseForm.Way == "naam" && CaseForm.PathwayId is { } pathway && !await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(pathway, ct), ct))
        {
            return Forbid();
        }
        Errors = (await meetings.AddCaseAsync(id, CaseForm, users.GetUserId(User)!, ct)).With("CaseForm.");
        return Errors.Any ? await ShowAsync(id, ct) : Redirect($"/overleggen/{id}?ingebracht=1#casussen");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var view = await reader.ViewAsync(id, "Overleg bekeken", ct);
        if (view is null) return NotFound();
        View = view;
        MayOrganise = await authorizer.MayOrganiseAsync(meetings, id, ct);
        // A cancelled meeting takes no new cases: no need to read her clients for the form.
        if (!view.Meeting.Cancelled) Clients = await pathways.ClientsAsync((await authorizer.ScopeAsync(ct)).Organisations, ct);
        return Page();
    }
}
