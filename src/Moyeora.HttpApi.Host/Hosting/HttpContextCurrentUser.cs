using Microsoft.IdentityModel.JsonWebTokens;
using Moyeora.Domain;

namespace Moyeora.Hosting;

/// <summary>The caller of the current HTTP request (or hub invocation), from its validated JWT.</summary>
internal sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser, ICurrentClient
{
    private (Guid Id, string? IpAddress)? _actingAs;

    public Guid? Id => _actingAs?.Id ??
        (accessor.HttpContext?.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { } sub && Guid.TryParse(sub, out var id) ? id : null);

    public string? IpAddress => _actingAs is { } acting ? acting.IpAddress : accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? UserAgent => accessor.HttpContext?.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null;

    /// <summary>For a scope opened by a live-hub invocation: the caller is the connection's user.</summary>
    public void ActAs(Guid userId, string? ipAddress) => _actingAs = (userId, ipAddress);
}
