using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Questionnaire;

/// <summary>For one year: every municipality with the state of its questionnaire, and the counts.</summary>
public sealed class QuestionnaireListModel(KansrijkDb db, CoalitionQueries coalitions, QuestionnaireEditor editor, TimeProvider clock) : PageModel
{
    public sealed record Row(string Code, string Name, bool Central, YearlyQuestionnaire? Questionnaire);

    public int Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] int? jaar, CancellationToken ct)
    {
        Year = jaar ?? clock.GetUtcNow().Year - 1;
        if (!editor.IsValidYear(Year)) return NotFound();
        Years = [.. Enumerable.Range(QuestionnaireEditor.FirstYear, clock.GetUtcNow().Year - QuestionnaireEditor.FirstYear + 1).Reverse()];
        var municipalities = await coalitions.MunicipalitiesAsync(ct);
        var answers = await db.YearlyQuestionnaires.AsNoTracking().Where(q => q.Year == Year).ToDictionaryAsync(q => q.MunicipalityCode, ct);
        var central = (await db.CentralMunicipalities.AsNoTracking().Select(c => c.MunicipalityCode).ToListAsync(ct)).ToHashSet();
        Rows = [.. municipalities.Select(m => new Row(m.Code, m.Name, central.Contains(m.Code), answers.GetValueOrDefault(m.Code)))];
        return Page();
    }
}
