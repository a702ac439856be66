using Moyeora.Jobs;

namespace Moyeora.Domain.Tests.Jobs;

public sealed class JobRecord_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Counts_Runs_And_Consecutive_Failures_Until_A_Success()
    {
        var record = new JobRecord(JobNames.EndMeetups);
        record.RecordSuccess(Now, TimeSpan.FromMilliseconds(12), "ended=3");
        record.LastSucceeded.ShouldBe(true);
        record.LastCounts.ShouldBe("ended=3");
        record.LastDurationMilliseconds.ShouldBe(12);

        for (var i = 1; i <= JobConsts.UnhealthyAfterConsecutiveFailures; i++)
        {
            record.IsFailingRepeatedly.ShouldBeFalse();
            record.RecordFailure(Now.AddMinutes(i), TimeSpan.FromSeconds(1), new string('x', 5000));
            record.ConsecutiveFailures.ShouldBe(i);
        }

        record.IsFailingRepeatedly.ShouldBeTrue();
        record.LastError!.Length.ShouldBe(JobConsts.MaxErrorLength);
        record.LastSuccessTime.ShouldBe(Now);
        record.RunCount.ShouldBe(1 + JobConsts.UnhealthyAfterConsecutiveFailures);
        record.FailureCount.ShouldBe(JobConsts.UnhealthyAfterConsecutiveFailures);

        record.RecordSuccess(Now.AddHours(1), TimeSpan.Zero, "ended=0");
        record.IsFailingRepeatedly.ShouldBeFalse();
        record.LastError.ShouldBeNull();
        record.FailureCount.ShouldBe(JobConsts.UnhealthyAfterConsecutiveFailures);
    }
}
