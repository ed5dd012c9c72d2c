using Kansrijk.Platform.Layout;

namespace Kansrijk.CaseMeetings;

/// <summary>The service names fields as its inputs do; the page's fields carry the form's prefix, so the summary links to them.</summary>
public static class FormPrefix
{
    public static FormErrors With(this FormErrors errors, string prefix)
    {
        var result = new FormErrors { Conflict = errors.Conflict };
        foreach (var (field, message) in errors.All) result.Add(prefix + field, message);
        return result;
    }
}
