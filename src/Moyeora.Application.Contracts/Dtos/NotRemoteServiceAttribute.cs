namespace Moyeora.Dtos;

/// <summary>
/// Marks an application service that is used only inside the server (e.g. by the admin UI's cookie sign-in) and
/// has no HTTP operation, so no client proxy is generated for it.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, Inherited = false)]
public sealed class NotRemoteServiceAttribute : Attribute;
