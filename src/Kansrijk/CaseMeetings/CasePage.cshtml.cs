using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// One case of a meeting for its participants: the discussion and decisions (versioned, no silent overwrite) and the
/// actions, each with an owner and due date; an action on a case by name can become a referral on her pathway.
/// </summary>
[Authorize]
public sealed class CasePageModel(Authorizer authorizer, CaseMeetingService meetings, CaseMeetingReader reader, UserManager<Access.User> users) : PageModel
{
    public CaseMeetingReader.MeetingView View { get; private set; } = null!;
    public CaseMeetingReader.CaseView Case { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = new();
    public string? Message { get; private set; }
    public string Me { get; private set; } = "";
    [BindProperty] public CaseMeetingService.DiscussionInput DiscussionForm { get; set; } = new();
    [BindProperty] public CaseMeetingService.ActionInput ActionForm { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int casus, CancellationToken ct)
    {
        if (!await AllowedAsync(id, ct)) return Forbid();
        Message = Request.Query.ContainsKey("opgeslagen") ? "De bespreking is opgeslagen." : Request.Query.ContainsKey("actie") ? "De actie is toegevoegd."
            : Request.Query.ContainsKey("gedaan") ? "De actie is afgerond." : Request.Query.ContainsKey("verwezen") ? "De verwijzing is bij de actie vastgelegd." : null;
        return await ShowAsync(id, casus, fill: true, ct);
    }

    public async Task<IActionResult> OnPostDiscussionAsync(int id, int casus, CancellationToken ct)
    {
        if (!await AllowedAsync(id, ct)) return Forbid();
        DiscussionForm.CaseId = casus;
        Errors = (await meetings.SaveDiscussionAsync(id, DiscussionForm, ct)).With("DiscussionForm.");
        return Errors.Any ? await ShowAsync(id, casus, fill: false, ct) : Redirect($"/overleggen/{id}/casussen/{casus}?opgeslagen=1");
    }

    public async Task<IActionResult> OnPostActionAsync(int id, int casus, CancellationToken ct)
    {
        if (!await AllowedAsync(id, ct)) return Forbid();
        ActionForm.CaseId = casus;
        Errors = (await meetings.AddActionAsync(id, ActionForm, ct)).With("ActionForm.");
        return Errors.Any ? await ShowAsync(id, casus, fill: true, ct) : Redirect($"/overleggen/{id}/casussen/{casus}?actie=1#acties");
    }

    public async Task<IActionResult> OnPostDoneAsync(int id, int casus, int actionId, CancellationToken ct)
    {
        if (!await AllowedAsync(id, ct)) return Forbid();
        if (!await meetings.DoneAsync(id, actionId, ct)) return NotFound();
        return Redirect($"/overleggen/{id}/casussen/{casus}?gedaan=1#acties");
    }

    public async Task<IActionResult> OnPostReferralAsync(int id, int casus, int actionId, CancellationToken ct)
    {
        if (!await AllowedAsync(id, ct)) return Forbid();
        if (!await meetings.LinkReferralAsync(id, actionId, ct))
        {
            Errors.Add($"actie-{actionId}", "Er is nog geen verwijzing naar dit hulpaanbod gemaakt sinds de actie is afgesproken. Verwijs eerst via haar traject.");
            return await ShowAsync(id, casus, fill: true, ct);
        }
        return Redirect($"/overleggen/{id}/casussen/{casus}?verwezen=1#acties");
    }

    private async Task<bool> AllowedAsync(int id, CancellationToken ct) =>
        await authorizer.AllowsAsync(Permissions.CaseMeetingAttend, await meetings.ResourceAsync(id, ct), ct);

    private async Task<IActionResult> ShowAsync(int id, int casus, bool fill, CancellationToken ct)
    {
        var view = await reader.ViewAsync(id, "Casus bekeken", ct, only: casus);
        var found = view?.Cases.FirstOrDefault(c => c.Id == casus);
        if (view is null || found is null) return NotFound();
        View = view;
        Case = found;
        Me = users.GetUserId(User)!;
        if (fill)
        {
            DiscussionForm = new() { CaseId = casus, Version = found.Version, Discussion = found.Discussion, Decisions = found.Decisions };
        }
        return Page();
    }
}
