using FluentValidation.Results;

namespace Kansrijk.Platform.Layout;

/// <summary>Errors of a form by field name.</summary>
public sealed class FormErrors
{
    /// <summary>Set in <c>HttpContext.Items</c> when an error summary is on the page; the layout then starts the title with "Fout:".</summary>
    public const string ShownKey = "kansrijk.form-errors-shown";

    private readonly Dictionary<string, string> errors = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => errors.Count > 0;

    /// <summary>The save was refused because someone else saved the same thing first (see <c>Versions</c>).</summary>
    public bool Conflict { get; set; }
    public IEnumerable<KeyValuePair<string, string>> All => errors;

    public string? this[string field] => errors.GetValueOrDefault(field);

    /// <summary>Adds a message; a field with more than one problem shows them together.</summary>
    public void Add(string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? $"{existing} {message}" : message;

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
