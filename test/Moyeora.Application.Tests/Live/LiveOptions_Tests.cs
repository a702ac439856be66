using System.ComponentModel.DataAnnotations;
using Moyeora.Live;

namespace Moyeora.Application.Tests.Live;

public sealed class LiveOptions_Tests
{
    private static bool IsValid(LiveOptions options) => Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);

    [Fact]
    public void Should_Accept_The_Defaults() => IsValid(new LiveOptions()).ShouldBeTrue();

    [Theory]
    [InlineData(5, 5)]
    [InlineData(5, 3)]
    [InlineData(0, 15)]
    public void Should_Reject_A_Node_Count_That_Would_Expire_Before_Its_Refresh(int intervalSeconds, int lifetimeSeconds) =>
        IsValid(new LiveOptions
        {
            ConnectionCountInterval = TimeSpan.FromSeconds(intervalSeconds),
            ConnectionCountLifetime = TimeSpan.FromSeconds(lifetimeSeconds),
        }).ShouldBeFalse();
}
