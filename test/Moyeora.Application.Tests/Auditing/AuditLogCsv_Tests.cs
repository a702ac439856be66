using Moyeora.Auditing;

namespace Moyeora.Application.Tests.Auditing;

public sealed class AuditLogCsv_Tests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+82 10", "'+82 10")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=cmd", "'\t=cmd")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("한국어 사유", "한국어 사유")]
    public void Should_Quote_And_Neutralise_A_Cell(string? value, string expected) => AuditLogCsv.Cell(value).ShouldBe(expected);

    [Fact]
    public void Should_Write_A_Header_And_One_Crlf_Row_Per_Entry()
    {
        var csv = AuditLogCsv.Write(
        [
            new AuditLogEntryDto
            {
                Time = new DateTime(2026, 3, 1, 12, 30, 5, DateTimeKind.Utc), ActorId = Guid.Parse("a11ce000-0000-4000-8000-000000000001"), ActorNickname = "-관리자",
                IpAddress = "::1", Action = AuditActions.UserLock, TargetType = AuditTargetTypes.User, TargetId = "t1", Reason = "스팸, 반복",
                Changes = [new AuditChangeDto { Field = "lockedUntil", Before = null, After = "2026-03-04T12:30:05Z" }],
            },
        ]);

        csv.ShouldBe(
            "time,actorId,actorNickname,ipAddress,action,targetType,targetId,reason,changes\r\n" +
            "2026-03-01T12:30:05Z,a11ce000-0000-4000-8000-000000000001,'-관리자,::1,User.Lock,User,t1,\"스팸, 반복\",lockedUntil: — → 2026-03-04T12:30:05Z\r\n");
    }
}
