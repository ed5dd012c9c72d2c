using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CaseMeetings;

/// <summary>The minutes for participants: a page made for printing, and the same as a Word file. Making either is a logged read.</summary>
[Authorize]
public sealed class MinutesPageModel(Authorizer authorizer, CaseMeetingService meetings, CaseMeetingReader reader) : PageModel
{
    public Minutes Minutes { get; private set; } = null!;
    public int MeetingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, "Verslag bekeken", ct) is { } refused) return refused;
        return Page();
    }

    public async Task<IActionResult> OnGetWordAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, "Verslag als Word-bestand", ct) is { } refused) return refused;
        return File(MinutesDocx.Write(Minutes), MinutesDocx.ContentType, $"verslag-overleg-{id}.docx");
    }

    private async Task<IActionResult?> LoadAsync(int id, string purpose, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CaseMeetingAttend, await meetings.ResourceAsync(id, ct), ct)) return Forbid();
        var view = await reader.ViewAsync(id, purpose, ct);
        if (view is null) return NotFound();
        Minutes = Minutes.Of(view);
        MeetingId = id;
        return null;
    }
}
