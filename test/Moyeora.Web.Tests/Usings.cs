global using Moyeora.TestBase;
global using Shouldly;
global using Xunit;
