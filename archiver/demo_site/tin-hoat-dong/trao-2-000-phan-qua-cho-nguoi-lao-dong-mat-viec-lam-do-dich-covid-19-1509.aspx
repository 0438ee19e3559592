<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Trao 2.000 phần quà cho người lao động mất việc làm do dịch Covid-19
</title><link rel="canonical" href="/tin-hoat-dong/trao-2-000-phan-qua-cho-nguoi-lao-dong-mat-viec-lam-do-dich-covid-19-1509.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClass54C7D8652FD041EA8BEE156C3B0B6EF4 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="trao-2-000-phan-qua-cho-nguoi-lao-dong-mat-viec-lam-do-dich-covid-19-1509.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xCF09614B66F027FD12600831919108DAEBFA79BD2FB36106EB56C71D08BE28BEB06D1FD2FFB88C7D4EC177B85931F7F468B0CEA3CB91BD9FFCE5F08E9A06866D,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEOwsvVHd7rJzXyrjf4vIVohgtbFAOFdXCiU75HsD+9viUz8BWnW9FccW3h7EBe5xzAhFYcqcNnqWNrMT2IPOnFX6BtaJSVAti7Rem9SCf1m1BJ001LKUkdGNWB4fwUvANVpVn5MVjDkwD93LuKWOWaMTnoYTf2JQ4aMXqfBNmonjtfEfshsq845k74l0UclWoPUPTocW3vCwMNt3SpuJt+l4IIb47onVH2ZRw0AqMRhsLwHbg/FKWkTiFXsbGiFo26Rj43gGkdqVHfrJcrM3Msv/sLyigipYxG+FgQlUiw3YcG09dA/izM529FsX2CRFeYZHvFZZ62+jSNxultqGipJQnmYhou0xwviGpjohDaZ87/YoaMlhliGQzGyAmxLv7mtrB8lQQTJqHDIYfQWcvmJyZ3qUkD5NiEq5QjZePfBkcSAqpZiFNckiRLUaTTxqCmyl6OSxT9umWg1IwnL9O0Bqx9ODGUx6exDgzAcnCakgxCPls+ejHkLf0Gz1TOunZ0RjYBk0BO3Bd7aY+zEDbTGgsPQb95Lj0vzk4kYle5N5qP5RX2au6OJtLTI3UjCqx7EvoaXG3wUS5xdsSpR1qqrfd7mo15MTOxEoDRhlsaTukOL9WGIFRg0sqALX+spLmO4Oz8GQyCNJc+lUE+ZUN7S5tHDd6u6T5usoP9HKaoOYxyNlZjsndeFtJ3+4FV13/tqs+e7BT29r1jtHiTphWxmninl7M+iTw5874pCTZ8fOVeVed4miv//bNDHV40YZc+OoCx4dYts0JyroQIK5ZIp+9xWdI84OObNXy2yQpSNIuOcczsLJB50QqYtx4bcgPmMLMTPAGCZ31rtSVBfmR90ZAMHYNDhw+eoek0VLX3ZFEa9L4A93OGI2PJGL1N7t2uOsW757eBk0RLGKZ+FM3CUvrB18HcToBbmRC08mnhQ4xDXLXhl//3CjS5GcbWaQ1xcC6H6jF7wgYAD2joE3GXTDkymaIZRYrgbfDHuZXt6dGh73VcOJrHTbPETQQYszsnP1wmdoFhU/5IFItdRvkV5EA4QUTOxmGM8BynE6VS4q1J8bYJtKDsWZ23tU0PWFg++x5LBlRmBJSmwIy2RHvCnvexJy6g+PU6ZD/DtpI9+EkKsaAVGQBLXxDCtJPYOCvxCyN7PHVOPIQP9uoWxDMpTdUv8wXwO6pbr9XssPBPqqlGSVAlpHHhxUo/0i+lWd7YTs3RuI1t/76pixkeYvnWOfyOwwG02DiJF0qYN6n3YPS3Xajkg9jUrz0/Zb/VOzP0ma1APQF2DhPjkE8yxEU/n38WSXQx9PJ5kzQsRMZYjSLOwCVkWArrYMNur+8L/usjrIBEa2vFQ4q7xwU6xtDJ4j6fj0M1IDEX0OpVVqKCHF33t0ITzdM63lRboymS+NV7CjNP31CirEFUMdOBEErvq0EbzKE3jT539T63Lp3/rVZofSLinQTjaRggD0l3G7SAh3RPDtLYn3TW+gc+8qdxmeJRHd27p3VfC0tP2L86iBC9JFY0lUyPo3I9DQcEETk4IyjvMRRRmiXu26E+2GxeOJEbZdT9YGLAkDG6wDjH/mmTbevwFWTPUTKzymtKLRLgBm4cKTIg0aad4yKUBdL4bsC6mu4/vNEcED1QDiFJJGQiSOYZ+h7tfVQMgx0rHx8YrAVyFMi4PeJs+GyN9BtRNtdMv5ryowkhq4yegWrY3A5DIp4QcFdZpqdM1c8NSRNKrlj82zAIw7IWrkZNBNIo1qLrtt8PwADzYzDthLUDKiq2cPVZeHrAXgYdz+kjRSE+8MZYCCgImA/1uq5V2guUm92rrBVA8pJ7i/0gNJaHKP/aaa36yWLrfMIlufWDDORBEA0njL0DJiOeFYsCy1Ue03v1R9nAIwVEkZ1xv6skE7q8LcQN0xCGmIr+U08e/NzVoUjO5Slc3xeJr3kv7FEhlsWUSOw6/dYzZ9uUuhwHEsAnoFxV58uzFNbPkG5Wb9fNCHz96u2h17aQTUq138CSzvCXBlIXPNp5/rweV5jarYsHlf4SfdLH6q158cml6fJfxDeFq9YIwI6u7Jv6x7ZxPovuvl7aYdTizVslhIIf0KThhgx6ljlL+38U2ZIjl3csbwSJOwOTHLL2eG3g1eWTrFpntk1Ht9TKcNDXrpvk/TdXrjaD+yCydvvkQXi02/U5+nUVIeBvUuoYI/ukLfb5O08GrmcWs0d2vMRx+Jr7GNvMaCcspXqemRZcGb9lPWk48uosc/Xr8p1gUp3sCuU/vAcYrqRF0ZZKCjzR6S8gkS3umwFcmzNUNMxgX7gtih/CXazLR1asEX8smCmiNgCLkcEzGznz5o5Q1/4ntS0BwQHV+YHyNjJHZNPkbgLJTaq/vz830oNFgzLG8q3a+imA8ixi2jlNgFmFUOxy+8jD+i9SFwqpgSDzOnFhXuF+YPAZCqsy+g/fxBNNKsOcYCcfKOWcxAmLjQpkOcITRcTe2De8ihwN9ndnSxH6qDaV5DHNxbE3ioHOQAukIe6KD9aMJJReAboz+c17za738W9AlDg4w20NcMxaLsHzkeyCKppRUArL3O0BZalX5/7VGqY1m6QkPAVvmXvR/RtcenGkSCsda6hNTgwyhk5k3XSOyLixQNcqK6TS5GBVvXznVDlrdua62JmnCfog8cU590J9oFFba0q4SQFNIFbybwkxU/dXZEC2m1hfGIf0YVtQR5eVEpniKOnq994Y3GQkb81n3bx4dzCKfc9dooI5+HDmRebO5sJPhDgzExP0QrtBgd7UL7G/g0ESMsS8eI8BC53gH4Lac8Rb11IRNSwfdih1oIJs5v0LiV8MTTmYq7ZMajzdlt8kWED3GYHib9iACPeQp5SzOzGYJ9G4lSlNbNwSSFtlUV8HI7JWCIlFoRSdOmqh2k45srzRQTR5nIDGM0+fvlDxbQ+XQ7VxeTvHYtcHn2dfPU8CdZkh4+RutnIHDbr3hNUT+QoKaa4EbzKeppaLRgrsZtd4CF2Oh1h+BPLTNf4YVq9XdtwGqTu9QwbSFc0rhUr6FUUFdA4HkRkqfz51idAIs838WOAoR6GZ79Iovd094lPdHa+HOSjDos7X3duH5ceGS9zeeiyf/wjqWUA1uibYMmoYnW1hi61RQhQeS/DxZ9VFi8jFdOXSMAR8x37qGxYX6zkvZNjxmG4BxCVsDmal44EVkSgvaJBMygTlpgsK8eyOz+Yfv0Yrn0NKqgST7L6Ys0UEjJLthlaCW+599a2HrrOu1KhHHuXjGJAbYzVS+YQwIRChMEoTMaIWBf71W1n9SsAmaByUMYlG7h+mB+6PtUs5AggP6LWdO6lOhlj7hXm2Dzv32DbRAdej+hA51fkhx4blTSWEdzAEjLE+gcoz8ROwEA9EHZGjCnAuhd77zaSoFDc+NLOlMuTDG7enExGGQ8fduPGlj9RaQhIG4wulw+audnA2RKz/I2xA7r+un3HVNry/y7TzJMO/HxEJ7jrGfC3CGWZSFVaq34FhXwvmHIkYm8DWZlzXmpkPV8rVTg1Sk21IR6DIhtB6g34H7qbZ+iJPfUbVge1nfdKB2Jv6c7B8Z7hhohU/P1hQJDlfefnT/pX41/BJJkQSroahPAi2eAaemWzDUOrJ+irEbSNu4XfcKGPUTePPh3fdd2/kZfWyymoV3+1uEpXE0t4P4hQUg+LLgIruuQyd42wRJU7PKOs5upGXNLVCBBxGwXJ58cRhCvfF/5c5xEWkUTaiKgiktP0YDXYWF8LyEIHXl2NJLzwyK3NuQhp/FzmZ9yJgmVSjVj286r/wyC3aUcACJFhrJOO/tm1LPOoi9Tn0c9a7Df6oW0cetjgc/ddzuXxAxbf0rfX40IuXgogA1VaD7AFpRZXVSiIrWpNTaoH88FeR8VIORcS60E07CMnf8QCr57NxIa/Sf2C1Is8r7HM/UV90V61ECbuX08li/Rc7/Jsmm1kMJu7QqgIuWsqeaPlTuwVBy4rfLEBFVUm1KKR/Mfmfq96Zw74PEqTmyKf70nijFJPcniJ5cn6iRDuqw61+yaXl2xh24fzFxU40RfGy0oRoTqz8u0TioXVDfzRHE30qH5RnDDhu35lneWs890u1AJkugH6yP7Fo/Q/GR9q7cHtWgZrbXuLr5+cnNugIxm72LeaIviBkTqAqEwYBjxCqycidBKx+UbPxxaaoB6qJS0IEIHdlZSdWzK3qpbJczO9JvVVNA2MOouyqMy6k5DHYrnuR6DPJPCAGbGOFVNvYsF6u7hdM7skCv3d6zOjyaGqMDEIJfUmph63tXmSis44xyXlre0/OSUsJcfQvpcvLMIXXcsRWkYAOv6Dlp9jzcc29+72ySW9CdPN5PIT96cpG1LA8tt5jat8sXcd5EnyfZdpVi+ZwxqCo7a0kUEA42v2EAweGjAa5y5NJupVVTsYmBW4jCxfYZl9szVExaceUuATm/pnzNwIZ5Pnelwuzv8rpMF+mS05jy5bzH++keHjJq2jcVR5PMSGRGSM+InOiZtbQz2+Ld7oIujmpoz8C9q8VFSAQt8xuR+1d/sTyNzOz97MzZuL3c+kZsAr2B0tzfvKMcBM7OeEpR+jRmwbavyje1pEw8Iao71r5wxGnugMaNcyoL0N6W68EKU5qgk8bcHs1qqPpvwi+SP4bWGKQtzc5I7CQc3OqfPYcRzqPNC0PyPhP9/91HkuSJFhY4E3bC4f0CYTsE8Bps7O/dcXJDjfwrVsnV0XoMZdfqceC/s7NXpPV3dQ+Xj0uNgr5UPonqjYmQmZu7Z3C3ZP58e4G/k3n8JwFqgGb+Nh0LgWBNHCPGRLGuMIDUCKW446Qw4OsD9RTXz4knmCjOrkAp4SadpAffbscLNEJAP/AZUty/2uR7VDELC1wyKESyoAl0NTofFWzQMcM7GJPkC5vTYGaubGIT6jeCb8OwTGaaYXkDqVRwlDea+BNjGyKz958ZmVmRtdpSIJZkxilbpJunW9xjf0vURPZVC++/CD47q+nMI3XrbzR7grzOwZ91X3OJ88wU5o3Y3PAxSr/ZrRQ/QZIAJvJ9qerVaYuJnBVfevvI6xv61QrgRIjly6krA3gK9D9MVgfiEfblQKQBRMYBt/hmCLXluSloJdlspnxA5ISf1trGmB2FmDZ1kVouLBtwMjXCKwHTgmU27cLHGOGJxsvmQq0AZTrl1kTcr/gm5Tz2pmBJAVyI0fod4NR5S4uRLCI/kxb/aToP0uYK9K3igj0ZiFhqj2H31OQAlGNOoO75xa5HiJdntGzoSOrGZUjK5KcBbq2RCCOvDfr8IX+B5prshevz04494mrSBKdMVKmiUvDVo4uUNjnZczvARGZVR81jZqEHhLodsOVM/iMGbPdVbWv/ButwmPll5obJMxlQqF8O6/xeFt7lStZm614Aa6S35AJUrRj8+4BFybWZh9qSFFifVfA3WJDTEqE1ZRInvNGARwEsavoorBGIj7m3IEJXgpDt3yKk/fj9JB2wt1ib+7NHdehA6JUCgD4m9jnYYfL+dhs8hLfmak6enD2j2QK01+oKrgqdiKxS1fybsdQs7AoCmZw6pdM/Uy/1lYGMbA/JX42zMc3TRxs7FaSBCGYRwg/3EtfoFYGWT0nwGVx1YM61Els6vv7Fhooo4oRCgwCMAcNm1LRThdneuWiA1w8T3VfHz/dBzmsNpbbp7lQyTiIaOlQmNhePGHG9JAeOZn7Wn3yULvkmQsqOCSFR3AbqYKfLwgQse7IGETDlREJf2v76WAHD9+vOQ69ueTfSxU0RrQ7FCw/4i2VwyCen8zQy/L9u2IVK01cxGtvHv7dG+PYeiv2EFmWeNv+Mm/dO6uFNAWdOH4u0FrV+hpfChkoVSxBoMlUCM9P7u4uu1oxGAUBzx9HOebmzeAT3A9dxCZrlqMXsCB6kL+KCUYdenfdQ3Mpo9uQrcHYQdWWys3m5al6LvkZ2En3uUeyBY/uStS5joweQFm72tEplAhU9sJYfIo3ky0Deuc1Ks7lPffgq1ZfJi0ZYpetibGRO6+TABCR3o5zqNOh/pTfaEfUv+LJMA5NPQ5Sd2GBi0+sEb3yCYQf30x88momeq0yqvpWjZasxnKrVtLL8NeCZe1EVFuWTTusfJjBlNmjwtj+x9JN7vWH2kxuyTvkw==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{400a9028-bc91-4603-bf5c-e40e338e8451}",pageItemId:628, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_5810bb54_89c9_4c6e_ba10_eb5c9f4e843f">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_6ca4e92f_3cae_4c25_bbf7_3db75a24bf26">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">19</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">372</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.527.087</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Trao 2.000 phần quà cho người lao động mất việc làm do dịch Covid-19</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_588e0dfb_1def_4e12_b0b2_1e58eaa341d3">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_588e0dfb_1def_4e12_b0b2_1e58eaa341d3_lblDate">Thứ tư, 20/05/2020, 16:20</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Trao 2.000 phần quà cho người lao động mất việc làm do dịch Covid-19</h2>
		<div class="post-content">
<div class="ExternalClass54C7D8652FD041EA8BEE156C3B0B6EF4"><p style="text-align: justify;">Ủy ban MTTQ Việt Nam tỉnh phối hợp với các doanh nghiệp trao 2.000 phần quà cho người lao động mất việc làm, giảm thu nhập do ảnh hưởng của dịch Covid-19.</p>
<p style="text-align: justify;">Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá hơn 1,2 tỷ đồng.</p>
<p style="text-align: justify;">Đây là hoạt động thiết thực nhằm chia sẻ khó khăn với người lao động, góp phần bảo đảm an sinh xã hội trên địa bàn tỉnh.</p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_588e0dfb_1def_4e12_b0b2_1e58eaa341d3_lblView">654</span></div>
		<div class="post-author" id="ctl00_m_g_588e0dfb_1def_4e12_b0b2_1e58eaa341d3_lblAuthor">Kim Thoa</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/giam-sat-viec-chi-tra-ho-tro-theo-nghi-quyet-42-nq-cp-1498.aspx">Giám sát việc chi trả hỗ trợ theo Nghị quyết 42/NQ-CP</a> <span class="date">(06/05/2020)</span></li>
<li><a href="/tin-hoat-dong/keu-goi-toan-dan-chung-tay-phong-chong-dich-covid-19-1476.aspx">Kêu gọi toàn dân chung tay phòng, chống dịch Covid-19</a> <span class="date">(25/03/2020)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-trien-khai-chuong-trinh-phoi-hop-va-thong-nhat-hanh-dong-nam-2020-1462.aspx">Hội nghị triển khai chương trình phối hợp và thống nhất hành động năm 2020</a> <span class="date">(05/03/2020)</span></li>
<li><a href="/tin-hoat-dong/gap-mat-chuc-sac-chuc-viec-cac-ton-giao-dau-xuan-canh-ty-1450.aspx">Gặp mặt chức sắc, chức việc các tôn giáo đầu Xuân Canh Tý</a> <span class="date">(14/02/2020)</span></li>
<li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001516-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLP1DHjqVy7mIIng3wYC/oVvBgj/woXSb/jQsw3qevMgM9V85YrKeRKy32Qj68ZsmJVGuDwsG+++XNhuZOsADOgG3LG3uH9DZtjZpnjRJExZZ7HdR7Wyyk+3NG" />
</form>
</body>
</html>
