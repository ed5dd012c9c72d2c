using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Questionnaire;

/// <summary>Administrators mark which municipalities are centrumgemeente: the denominator of L03.</summary>
[Authorize(Policy = Permissions.Names.ReferenceDataManage)]
public sealed class CentralMunicipalitiesModel(KansrijkDb db, CoalitionQueries coalitions, QuestionnaireEditor editor) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    public FormErrors Errors { get; private set; } = new();
    public IReadOnlyList<(string Code, string Name)> Central { get; private set; } = [];

    /// <summary>Marks the demo set as examples; the seeds do not name centrumgemeenten.</summary>
    public IReadOnlySet<string> Examples { get; private set; } = new HashSet<string>();
    public IReadOnlyList<(string Value, string Text)> Options { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData["Melding"] as string;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct) => await SetAsync(true, ct);

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) => await SetAsync(false, ct);

    private async Task<IActionResult> SetAsync(bool central, CancellationToken ct)
    {
        var name = await db.Areas.Where(a => a.Code == Code && a.Type == Geography.AreaType.Municipality).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            Errors.Add("Code", "Kies een gemeente uit de lijst.");
            await LoadAsync(ct);
            return Page();
        }
        await editor.SetCentralAsync(Code!, central, User.Identity!.Name!, ct);
        TempData["Melding"] = central ? $"{name} is nu centrumgemeente." : $"{name} is geen centrumgemeente meer.";
        return Redirect("/beheer/centrumgemeenten");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var municipalities = await coalitions.MunicipalitiesAsync(ct);
        var marks = await db.CentralMunicipalities.AsNoTracking().ToListAsync(ct);
        var central = marks.Select(c => c.MunicipalityCode).ToHashSet();
        Examples = marks.Where(m => m.MarkedBy == Demo.CoalitionDemoData.ExampleCentralMarker).Select(m => m.MunicipalityCode).ToHashSet();
        Central = [.. municipalities.Where(m => central.Contains(m.Code)).Select(m => (m.Code, m.Name))];
        Options = [("", "Kies een gemeente"), .. municipalities.Where(m => !central.Contains(m.Code)).Select(m => (m.Code, m.Name))];
    }
}
