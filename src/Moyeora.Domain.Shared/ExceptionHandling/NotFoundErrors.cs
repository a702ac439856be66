namespace Moyeora.ExceptionHandling;

/// <summary>
/// The "not found" answers given in many places. Also what the caller may not see gets them (a blocked person, a
/// meetup that is not theirs), so the message never says more than "not found".
/// </summary>
public static class NotFoundErrors
{
    public static BusinessException User() => BusinessException.NotFound(MoyeoraErrorCodes.UserNotFound);

    public static BusinessException Meetup() => BusinessException.NotFound(MoyeoraErrorCodes.MeetupNotFound);
}
