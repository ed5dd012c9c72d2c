using FluentValidation.Results;

namespace Kansrijk.Platform.Layout;

/// <summary>Errors of a form by field name, first error per field.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => errors.Count > 0;
    public IEnumerable<KeyValuePair<string, string>> All => errors;

    public string? this[string field] => errors.GetValueOrDefault(field);

    public void Add(string field, string message) => errors.TryAdd(field, message);

    public static FormErrors From(ValidationResult result)
    {
        var errors = new FormErrors();
        foreach (var failure in result.Errors)
        {
            errors.Add(failure.PropertyName, failure.ErrorMessage);
        }
        return errors;
    }
}
