namespace Moyeora.ExceptionHandling;

/// <summary>
/// The "not found" answers given in many places. Also what the caller may not see gets them (a blocked person, a
/// meetup that is not theirs), so the message never says more than "not found".
/// </summary>
public static class NotFoundErrors
{
    public static BusinessException User() => BusinessException.NotFound(MoyeoraErrorCodes.UserNotFound, "사용자를 찾을 수 없습니다.");

    public static BusinessException Meetup() => BusinessException.NotFound(MoyeoraErrorCodes.MeetupNotFound, "모임을 찾을 수 없습니다.");
}
