global using Moyeora.ExceptionHandling;
global using Moyeora.TestBase;
global using Moyeora.TestBase.Infrastructure;
global using Shouldly;
global using Xunit;
