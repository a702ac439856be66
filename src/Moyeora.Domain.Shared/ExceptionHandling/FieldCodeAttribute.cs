namespace Moyeora.ExceptionHandling;

/// <summary>
/// The error code of an input field, whichever of its limits a value breaks: the attribute limits on a DTO (checked
/// before the operation runs) answer with the same code as the domain rule behind them.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldCodeAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}
