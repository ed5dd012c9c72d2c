using Kansrijk.Access.Authorization;
using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>Risk themes: the built-in ones and those administrators add. Only administrators with a second factor add.</summary>
[Authorize(Policy = Permissions.Names.ReferenceDataManage)]
public sealed class ThemeAdminModel(KansrijkDb db) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    public IReadOnlyList<RiskTheme> Themes { get; private set; } = [];
    public FormErrors Errors { get; private set; } = new();
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Themes = await new CarePathQueries(db).ThemesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var code = SearchText.Normalise(Name).Replace(' ', '-');
        if (string.IsNullOrWhiteSpace(Name) || code.Length == 0) Errors.Add("Name", "Vul de naam van het thema in, bijvoorbeeld: mantelzorg.");
        else if (code.Length > 60) Errors.Add("Name", "Kies een kortere naam: het adres van het thema wordt dan te lang.");
        else if (await db.RiskThemes.AnyAsync(t => t.Code == code, ct)) Errors.Add("Name", "Dit thema bestaat al.");
        if (!Errors.Any)
        {
            var order = await db.RiskThemes.MaxAsync(t => (int?)t.SortOrder, ct) ?? 0;
            db.RiskThemes.Add(new RiskTheme { Code = code, Name = Name!.Trim(), SortOrder = order + 10, BuiltIn = false });
            await db.SaveChangesAsync(ct);
            Message = $"Het thema {Name!.Trim()} is toegevoegd. Het adres is /zorgpaden/{{gemeentecode}}/{code}.";
            Name = null;
        }
        Themes = await new CarePathQueries(db).ThemesAsync(ct);
        return Page();
    }
}
