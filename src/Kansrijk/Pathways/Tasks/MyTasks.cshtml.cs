using Kansrijk.Access.Authorization;
using Kansrijk.Pathways.Notices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways.Tasks;

/// <summary>
/// "Mijn taken": what her organisations should do now (from every <see cref="ITaskSource"/>), overdue first, and the
/// notices for them. Nothing here names a client, so nothing is decrypted; the links lead to the pages that check
/// and log. Another organisation's notice cannot be marked read: refused and logged like any other.
/// </summary>
[Authorize]
public sealed class MyTasksModel(Authorizer authorizer, IEnumerable<ITaskSource> sources, NoticeService notices, UserManager<Access.User> users) : PageModel
{
    public IReadOnlyList<TaskItem> Tasks { get; private set; } = [];
    public IReadOnlyList<Notice> Notices { get; private set; } = [];
    public bool MarkedRead { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.PathwayOpen, ct: ct)) return Forbid();
        var organisations = (await authorizer.ScopeAsync(ct)).Organisations;
        var tasks = new List<TaskItem>();
        foreach (var source in sources) tasks.AddRange(await source.TasksAsync(organisations, ct));
        Tasks = [.. tasks.OrderByDescending(t => t.Overdue).ThenBy(t => t.Due ?? DateOnly.MaxValue).ThenBy(t => t.Title, StringComparer.Ordinal)];
        Notices = await notices.ListAsync(organisations, users.GetUserId(User), ct);
        MarkedRead = Request.Query.ContainsKey("gelezen");
        return Page();
    }

    /// <summary>Marks a notice read for her organisation (or for her, when it is hers alone). An unknown notice is refused like another organisation's.</summary>
    public async Task<IActionResult> OnPostReadAsync(int? noticeId, CancellationToken ct)
    {
        var id = noticeId ?? 0;
        var recipient = await notices.RecipientOfAsync(id, ct);
        // A notice for one professional is hers alone: for anyone else it has no organisation, so it is refused (and logged).
        var mine = recipient is { } r && (r.UserId is null || r.UserId == users.GetUserId(User));
        var resource = new ScopedResource("Melding", id.ToString(System.Globalization.CultureInfo.InvariantCulture), []) { Organisations = mine ? [recipient!.Value.OrganisationId] : [] };
        // A notice is for an organisation, like a referral it received: the same rule (one of hers) decides.
        if (!await authorizer.AllowsAsync(Permissions.ReferralReceive, resource, ct)) return Forbid();
        await notices.MarkReadAsync(id, users.GetUserId(User)!, ct);
        return Redirect("/taken?gelezen=1#meldingen");
    }
}
