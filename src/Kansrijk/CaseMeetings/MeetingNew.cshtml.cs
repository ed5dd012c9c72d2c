using System.Globalization;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CaseMeetings;

/// <summary>Plans a case meeting for her own organisation and invites professionals of organisations.</summary>
[Authorize]
public sealed class MeetingNewModel(Authorizer authorizer, CaseMeetingService meetings, Organisations.OrganisationDirectory organisations, UserManager<Access.User> users) : PageModel
{
    [BindProperty] public CaseMeetingService.MeetingInput Form { get; set; } = new();
    public FormErrors Errors { get; private set; } = new();
    public IReadOnlyList<(string Value, string Text)> Organisations { get; private set; } = [];
    public IReadOnlyList<IGrouping<string, CaseMeetingService.Choice>> Choices { get; private set; } = [];
    public string Me { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CaseMeetingPlan, ct: ct)) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CaseMeetingPlan, ct: ct)) return Forbid();
        var (id, errors) = await meetings.CreateAsync(Form, (await authorizer.ScopeAsync(ct)).Organisations, users.GetUserId(User)!, ct);
        if (id is not null) return Redirect($"/overleggen/{id}?gepland=1");
        Errors = errors.With("Form.");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = users.GetUserId(User)!;
        var mine = (await authorizer.ScopeAsync(ct)).Organisations;
        Organisations = [.. (await organisations.NamesAsync(mine, ct)).OrderBy(o => o.Value, StringComparer.CurrentCulture)
            .Select(o => (o.Key.ToString(CultureInfo.InvariantCulture), o.Value))];
        Choices = [.. (await meetings.ParticipantChoicesAsync(ct)).Where(c => c.UserId != Me).GroupBy(c => c.Organisation)];
    }
}
