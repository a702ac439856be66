using Microsoft.IdentityModel.JsonWebTokens;
using Moyeora.Domain;

namespace Moyeora.Hosting;

/// <summary>The caller of the current HTTP request (or hub invocation), from its validated JWT.</summary>
internal sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser, ICurrentClient
{
    public Guid? Id =>
        accessor.HttpContext?.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { } sub && Guid.TryParse(sub, out var id) ? id : null;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
