namespace Moyeora.Localization;

/// <summary>
/// The product's texts: <c>MoyeoraResource.resx</c> in Korean (the neutral language) and <c>MoyeoraResource.en.resx</c>
/// in English, read through <c>IStringLocalizer&lt;MoyeoraResource&gt;</c>. Keys:
/// <list type="bullet">
/// <item><c>Moyeora:Code</c> — the message of an error code (every code in <see cref="MoyeoraErrorCodes"/> has one);</item>
/// <item><c>Moyeora:Code.field</c> — optional: that code's message for one input field (camelCase, as the client spells it);</item>
/// <item><c>Title:400</c> — the title of an answer with that HTTP status.</item>
/// </list>
/// Messages may hold named placeholders (<c>{retryAfterSeconds}</c>), filled from the error's details or from
/// <see cref="MessageArguments.Limits"/>.
/// </summary>
public sealed class MoyeoraResource;
