using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moyeora.Blocks;
using Moyeora.Dtos;
using static Moyeora.MoyeoraErrorCodes;

namespace Moyeora.Controllers;

/// <summary>Whom the signed-in user blocks.</summary>
[ApiController]
[Route("api/app/blocks")]
[Tags("Blocks")]
[Authorize]
[ErrorResponse(StatusCodes.Status400BadRequest, ValidationFailed)]
[ErrorResponse(StatusCodes.Status401Unauthorized, NotSignedIn, SessionEnded, AccountDeactivated)]
public sealed class BlockController(IBlockAppService service) : ControllerBase, IBlockAppService
{
    /// <summary>Blocks someone; ends a friendship and pending requests between you.</summary>
    [HttpPut("{userId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status400BadRequest, CannotBlockSelf)]
    [ErrorResponse(StatusCodes.Status404NotFound, UserNotFound)]
    [ErrorResponse(StatusCodes.Status409Conflict, AlreadyBlocked)]
    public async Task BlockAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await service.BlockAsync(userId, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Unblocks a person: each of you appears on the other's map and lists again (a friendship does not come back).</summary>
    [HttpDelete("{userId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ErrorResponse(StatusCodes.Status404NotFound, NotBlocked)]
    public async Task UnblockAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await service.UnblockAsync(userId, cancellationToken);
        Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Newest first.</summary>
    [HttpGet]
    public Task<PagedResultDto<BlockedUserDto>> GetListAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);
}
