namespace Kansrijk.Coalitions.Questionnaire;

/// <summary>Dutch words for the questionnaire.</summary>
public static class QuestionnaireNames
{
    public static string Dutch(CoalitionAnswer answer) => answer switch
    {
        CoalitionAnswer.Yes => "ja",
        CoalitionAnswer.Preparing => "in voorbereiding",
        _ => "nee",
    };

    public static string YesNo(bool answer) => answer ? "ja" : "nee";

    /// <summary>The questions with the field that answers them, in the order of the national questionnaire.</summary>
    public static IReadOnlyList<(string Field, string Question, Func<QuestionnaireInput, bool> Answer)> YesNoQuestions { get; } =
    [
        ("JointPlan", "Is er een gezamenlijk plan van aanpak vastgesteld?", q => q.JointPlan),
        ("PrenatalHomeVisit", "Biedt de JGZ prenatale huisbezoeken aan?", q => q.PrenatalHomeVisit),
        ("VoorZorg", "Wordt VoorZorg aangeboden?", q => q.VoorZorg),
        ("NuNietZwanger", "Is Nu Niet Zwanger gestart?", q => q.NuNietZwanger),
        ("StevigOuderschap", "Wordt Stevig Ouderschap aangeboden?", q => q.StevigOuderschap),
        ("CenteringZwangerschap", "Wordt CenteringZwangerschap aangeboden?", q => q.CenteringZwangerschap),
    ];

    public static string Summary(YearlyQuestionnaire q) =>
        $"coalitie {Dutch(q.Coalition)}; plan {YesNo(q.JointPlan)}; prenataal huisbezoek {YesNo(q.PrenatalHomeVisit)}; VoorZorg {YesNo(q.VoorZorg)}; "
        + $"Nu Niet Zwanger {YesNo(q.NuNietZwanger)}; Stevig Ouderschap {YesNo(q.StevigOuderschap)}; CenteringZwangerschap {YesNo(q.CenteringZwangerschap)}; "
        + $"{q.ConsultedPartnerTypes().Count} soorten partners";
}
