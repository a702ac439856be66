
namespace Moyeora.ExceptionHandling;

/// <summary>
/// Runs several field checks and reports every failure at once, so a client sees all its mistakes in
/// one answer. A single failure keeps its own code; several become <see cref="MoyeoraErrorCodes.ValidationFailed"/>.
/// </summary>
public sealed class FieldValidator
{
    private readonly List<BusinessException> _failures = [];

    public T? Check<T>(Func<T> check)
    {
        try
        {
            return check();
        }
        catch (BusinessException ex) when (ex.Kind == ErrorKind.Invalid)
        {
            _failures.Add(ex);
            return default;
        }
    }

    public void Check(Action check) => Check<object?>(() =>
    {
        check();
        return null;
    });

    /// <summary>Records a failure found without an exception.</summary>
    public void Fail(string code, string field) => _failures.Add(BusinessException.Invalid(code, field));

    public bool IsValid => _failures.Count == 0;

    public void ThrowIfInvalid()
    {
        if (_failures.Count == 0)
        {
            return;
        }

        if (_failures.Count == 1)
        {
            throw _failures[0];
        }

        var combined = new BusinessException(MoyeoraErrorCodes.ValidationFailed, ErrorKind.Invalid);
        // Each field's own stable code, so clients can react per field: { "password": "Moyeora:InvalidPassword" }.
        var fieldCodes = new Dictionary<string, string>();
        foreach (var failure in _failures)
        {
            foreach (var (field, code) in failure.FieldErrors)
            {
                combined.WithFieldError(field, code);
                fieldCodes.TryAdd(field, code);
            }

            foreach (var (name, value) in failure.Details)
            {
                combined.Details.TryAdd(name, value);
            }
        }

        combined.Details["fieldCodes"] = fieldCodes;

        throw combined;
    }
}
