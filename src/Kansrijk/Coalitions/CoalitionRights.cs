using System.Globalization;
using Kansrijk.Access.Authorization;

namespace Kansrijk.Coalitions;

/// <summary>
/// How the coalition registry's objects appear to the one authorization model (see Access/Authorization): a coalition
/// covers its municipalities; a questionnaire its one municipality. Who may do what is decided there, not here.
/// </summary>
public static class CoalitionResources
{
    public static ScopedResource Of(Coalition coalition) =>
        ScopedResource.Of("Coalitie", coalition.Id.ToString(CultureInfo.InvariantCulture), coalition.Municipalities.Select(m => m.MunicipalityCode));

    public static ScopedResource Questionnaire(string municipalityCode) => ScopedResource.Municipality("Vragenlijst", municipalityCode);
}
