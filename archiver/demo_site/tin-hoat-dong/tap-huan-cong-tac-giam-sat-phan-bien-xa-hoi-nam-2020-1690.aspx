<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Tập huấn công tác giám sát, phản biện xã hội năm 2020
</title><link rel="canonical" href="/tin-hoat-dong/tap-huan-cong-tac-giam-sat-phan-bien-xa-hoi-nam-2020-1690.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClass7BB7E3405E294289B01CB71EB524DEE9 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="tap-huan-cong-tac-giam-sat-phan-bien-xa-hoi-nam-2020-1690.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xD562D3821CE7479387DEE9A333C8F63502BA96F4D5D55F9E378E5FAAD53FEC3FB46940544F5F1FA4F2C93E6DE7FF8D1383CA3604E878CE53230DD00AD60CE5BA,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEtfBeewyPMBAOEuMmJFOFMATylsdiGZIZE+0pwXkcDMAqm2AB5AHFnwjAZhlVhBHUuGrUmo8JtwPOJ/1tL1/1om18rIdhOf/tWSaCzeTVk/3V2RMYSA3M73OjQ13SRYFPXoyVmPkFg0OfeT7zwpzn3rDGfQCUkqWT4sOixzc6NRU8cx/DAQU22OE3luw30Ny+8JtJqJVVoeqK3b0OXz/TgfrNY9uBau0pJsFnmU1nS0auiG7DrFSO8gc41PPYiqKgZL0QP9IspraQbctTnWnKpo0P8EQVF60cs612rVItOp5ViNspzdr1Qrc9tMaGrEFcFCWUzy9e851/kCOXeHKo3Pj0J1yNUu9ZTaYuyCmipxvyiCI4FXLZucq6xh3K78n4QiFHIxIq6l1JkEfkka9rPYWT9uP5NqxigTOMtQlUfes0BIc/PtF1qCCGOjKz8T+3yKuJsSlzUQktzha8KdGZxW2BjEUTBX4aFpSFKHSGTkOQqpksdtBHh48fztZST6MPC4taD969Lbzn4qQ+CfJ0iEPJl/9V3/iVVoN4T9heNJHepMVXvd4zS0FP3kvxHSiSIJgQ32r7zEFziIxg0YP6x+U3bmQnww9xPFPNmWQDD94/wVN/9pLVb6DQe3qZmyvGdl8XLOI4ELHKOOlz8P9hpr+EFSZrof39EHmnL+/dcHppSlUn0uTkO/NQpM0A5uNO7GXyZXGVrZRA2L0h8e5h3tIALwpN179iItsQ9821n0uOwjkeUvxXl4N3cEd+05UeVhVh+6H29p7PKIoOAZ/xYgaHzrCJrhZNQ6W5rLLysxX9a661/Gjp+YSIs+I62miAr8liBA/rwAj9Yf7OI3GE4Fm0I0NvIWSXLbevSyrKeOofNhTSDBwg9kQHyBQTw2+vexqzYwiQlowW19QPg6SzUcpEWNDw2071Di9SLkKQ9QhHoj08ZD5jnnHbrB+xFGgvFEPV9tldexbJP3XMR3GtntdtKy6PWv/zpJrADy7mgHzXEKtyroWcDpn0m8mHdy6jVfBnv7ZNqH2DwfHzYz9TSS1pvOo5b7A7nNop1dXHKyBlzB/cNBLrHYJtxtgLEAK+L5+Dnp4+p1kzFPEJzrzNovCnd0zJlZ8Z1KeOGs+XnLBvpxRZKlCirsg4ko6ys/IzHbJIntwlttUr/iQc0NuTmksLQXz73qamFOIjAkI8mldKhOGOVNoM+F/kMOBmNTauCClYjmaA4rCHx5HpGNyFUMuZ5rje0FM6H2JURtEh0I9Zryw3Pr0yTctOAZipVIDkjy/aowghVvWiBqBpmOrC+lpJXqnYgyaBB22ZNDLzG6G1x/UnXjtegLscogamfnliWLpH/qACkn2habwig2F56v1ZwnxiE5crTs7/9svywnNkQislP3tVJmZykRgvib4ziq3jMsbfXhjkwVg0o2Zo/cJ49/rdN/Y3ixH5vRGqLIfyGgq5B+MvIwwrWWxQzXPFECg08J6bdrpZlvmeD/u+Sp7gIvyBKkZak/4SCAzgMvcEcae4oEFx7T8FuWv9oymmdV2+jAaIyYH3GoPUip936ivSfgEonZU0PDVWTHtLCNI00G612mhVAXGAvowwhGwFwiS9Sk5GWvT2sw2wAOrt8GdFLfUtEm4yZjOA+uxM5x0+nWPHFlW5T+WePGB7ylz/S459iFZI1wfetsvpmkFGmOP1s2QxpiGuSQs7hu5C5q8uGzwivh+LmBGxKmR7vX55rsaMBRKitGnRqamJocV91R61pSMbtLIZD4gYGHFKdLpCoT7wdM/kFsU1gq0FZg2rLzOC3BACEEnFlyWF2AZR2RBhpVpOsxkeOP7/z8FXTjpcpNo1EXsc22xUAbrKlzgG/Sd0ltEgmArVn6LSS4o2+vtKeKCuumn5KGFRCKTnwdLyJPpNeEyjc3QlAfu2gs4ORK7HV5ZhrY1leO9Zw9oioFEeBzxQOPXwb4XX5NkbXT/3xJcuOGXHKddWKQH5R0HdgXa1QtEvf8l0grZW5tjbgWfyDKLfLW1PdXHnpdD0bPIv69UP/dGOgut3vKMHR4MIy0H+lpvyjyexMbXltslue1symieMhs6vNc3cDbaQQbIHMz0gCd/uNqxg38icdqbsqA3AX5RAXbmjP45idebpWJC6RMgFUFNy8O7PrTYGs1b/oRAX8sc2JJLEio4Q3BiQlo+/xsfFuZEuaKnLpwvqfpuBzTjaOd5fI4QvJmzFhmnVRbXRCes9v8cuMiiTy848RAGC2emqtNC+0UjrYd3b0njapeHzE485St7Ldr5g9PYs5wv5l2dvjF/ZAfnG7NeyDKOw7Un6Hpv7vOuFEXCUXzbA6W0w3P71H3xkdpjpELQdsLKqd+ZAQezny/AqXLaoddKOftTU1gODitH+rGcJxPi63lBCTMVmHXl2pYzTLwvr0puZQeEx2W9HCBjtGNP9Qx0+S4Q3QRR6Wz8iOqfxespScBjZnD+nTyj/rgbgLqKIZsZQ+bwypddtS8tlMQOW6fO0NsZSH0kbu5pVZfVh4m9CgoL0PMZEijn8jWKtnEjgshg/GlkK0F6VmRIM5liBg+7k7UNgmiB69hRr3PBXrsO72gmzZeuXDTOnSpoa/NfSpSiMwW8b/K85tXTNAfSUgQUW7ES8CwdydHWm7eqcp5NkiMsB+wTSqt/3JWYJkqnVGxObueUqcR0F4AN9+Lssby9RAzaUNuL0N5oMYqBn17tLW3mVcCbCO2A2TRMtFB2H1MjAeFhlF2icQcdb0L7CsuDWFCCvGsMlPkpxbQoOsD8mjAM3jX6M6EeB/h71GQgwlGk+hRhX6zl2AnH7NpUi/bPD3bP377OdjPHqXQq0FAFMNI76rQrSkTlixzCgC50EE/pamGgBSYUaAZcm8+PL3rWziOuMG8vz9gXe03tVqy1K6VMwYsEpP3X2gFp3f5o9xlILNpt9sL9ArCugycQbf33e3tjQDrceLwj1JKvQXw7Sb426QFpM2E/s1JqFgefJSvkfA4+T0omT397TjXqQIR5To3uz88059BDmJysZLvglRd21KsmtetK/UvwqeVs+im46F6O0BZNHmvOiw4G59DPhBvHRP4bhL+mbAps1hphRvqLf5IJ6YmDdGqO8EqclXiydNYh2Kv54mF8NH/MsKdS7j+6xZvSJ84s2YUI8V7v1BU6ACSj3gXOQa72Q8XOGWkpS2wW0/RXMfFA1IM1QDOFyhRKgW1K8tzeD8w9O2wwvR1Da8H7AaSDwOjabViSgwzur3Zl9/ElNK1DfZd7YbL3i/Zgow7u9JApdSKuMwsbNFBPZA3moiI2+9UYtIuNVIXSkfMDGZqAemUFAxNiqkP5XaK3Gum4Jqc7Q09l5qEqE5JOm+7R9VWVyEKfcm5nvOsuSBFHEwbK6aI0RdUfqf2Ups0GsNEAlwrQaH+g0Wa0dSQJ8X9Ufve/bHaiGY9+9OKrLllZXErQz+bopRnqlbtkfOB9E3Kb9u1MilqjKYh+Otub+b36HyUA+7jAlwpOqIvkfT+upOCfo57ZMy+PHErTxIW80cBUQUjI/Fg0vkEK5kN+3KLDWsuTxW+OMj4cqsWTdw9+sqNT+OMnyeti9/BX7brhcD2YT1zZxxdjahyyBDFie51CCeMlwvIV9XnwZiw4EHofC/oedcwq0Xp2u/Qow+fb8izCZH27g45Me4bWXyjBpFwE4GHDEE2wTDcT4wie5ut7zuk4Iih3Y+xg76hdiwnjVL35nXkfclA9lKxN7QrCw+jc+2j4HGxeGr1dukyncRk1t1IqQ7GbWWoekr0TA80K9qAkHH35u7I0Byxcz+9l18xxq0Fov3hCS/AgeldvghsPMNz1q8YCtCcLuMz0c6NYNHQtiKvkGilWXyxekPf/Yx6KpCVh02yRzT09ubsu/qGE6eXNKrQKJNx0Ij6i0R20CnHPJ3tYMVLqijgB0LkYMltFgC9VHjBxR4fpK+YQIJjFQ5m0eA/0HpD1UCZCZWKzMTb/6x0CJB6pY6Ql7qXA6tERlBn5E8zg/Z1OVxAWegQJHbM8yjUxlexKLw8SbXzmLOPyXIuGhZZQbwtcCRBJYI0pm7BFaTevVRbF755KSvkTl/+ZmCm/gpx47OewU6CKVi+V6q6NA4dhaFZUwfEPfS73ePore66U6CEZK6C0glSQlGQvO0kGr97m5xnnvnCKpo1cksBtyuE5whlLUkdbGFA+j3ojf6QQtmwvWH2CZjoHJ1xRqTNs6zIAxdMFCooVg92x3sBgj0QeExg840EMKaS8jVBJuLHLwI513g/fGGqsVqjsFKH7UC5M2uamSiDglCyTDVFATksEZpbiOPq7VrpQAZ2rsowLMornAppCoCKxFM68GIMM2Oy7PXle39C4TfAN4dJ/AbtNL/EpmyWU5GRVg846R7EuMI2ZD4a06NndjfZ8HSS0YIthyUWLx6BX1PIbaiYz0TNtYf0dJ6AeTNXLc1go/9lteivRks4PrrpKpA0RORFBDICCMz9yktY5YgZBR059HKA+JWzk9LAPtoLJoOz8b4KfnLtJq9v+I0042luBfEuMQh1oJPiR7ym1Vu/Q7GH53RHmD20J718467YdPyD/rgh3TwQmZmkTFZBBta9UZKBdnKgKaEZ9NbuHJRtA6MLKog/EPiLO0JdlrxJzNc8qiiY1zyh+xl7Bp6m4M0aqUm2r1cd5JPa9sZZ9Z5xKEoGim2W6f4d0JmfklY83pP1GDz02U+Uh/pEV6YuMG4U8VGYr6gDeSSOTiOmP08zmD3eiJLhcmUk4lmIuOxxTYeP/+PkeUs13+N1Rha0SD2OJ1fWqmLg3eFUOPKDk2uvhW2x23NRZHxk4sXnZTHkMtRY4grZP8Rhrls22a3cU62eTvBD1HsqmhNzQK6/a2KnwwdfU+68M3NVOAnep2mfowoLmCZtEpXK7HkoIMX1EwcJOEToIg7STHJQ1NZcYUc3OOIGGMtzfnSh5+7P91ofCIgRegF7taT56BvnmhBHxoDvsjT64A3Y8qGq+YXGgEJkADzDtHylgvLsAxuyvTwMQqQIIlT8qFmTqKg9BGYwHDwnL0JwBPXh2+m8CcfcH9X3ZkexceCUqrLWmaTNiatcazmH/HNp2ySy3jjNHLeQxc6OVfHFOLQut6Co8zyfpie8ivcdP3ZNajfAZZI8qQMxgtp6je7jGL7zM/vVbIXmgWInhpB8AW5412yyKDkzzHP4Xhr8ZRON6fpWX03RS6UUNjDj1IeLKtQjuUNw5BlRqP18+soFy1A+P+dobKNe/JBlCr5G6+W99Zff54HzDrh5Wd9hEHet3pRBB3bYKU9g6pLVulMfjWYM1lHZi4T+1DIU/iMYxEe+soUr4mp1HUyjojZKqbU1MSfyzAdIA6juehxeQOBHJdFhdWaiFT3jzdKY3AAQGUbzuZ7WZtAmbtGYdkXu3vSAkijmvZcaGq3wzzH/IBPCR+lCJc6cNes/DdOUQYYXNaaJMsYQx+4eYkk3xz32bSaQTOF4Bk0v15TK9oXfIRYIPvlkCycbzozQGmf1ZoWs9h6YEeeKj1sYA9Fp9cqhlvZ0DVwUApWQhlyySjH2UKKDT9dneEX2FzHWCBBFGotJaHXgHiLDabyota0SuvKiaDG5HlyggTgzjdukxHaqKXvqhqiIY2Ddbt9IK0O9RLRqkw/k5LuLWV84kuA2XNpyJnEiaz2M07cmaf58L6WNhQZa/OXMQ+AEeYOZ7EfkYdoCZ0yv/nwHNoT/nyGAnbqCXxplFLCXmhRjcPQR922wadjv405c+GrLPvs/OeR7XP8kmRZaSQKtVZS2sy/IyHiMQ2TTEzbGzACdNy7pv5/4uIhXg3g7i6yuzf6WJqx7CM3Mr6Wu9gQQ8tuLKCwLPujj78/DQQgJgt9uvAz6x3owBu9NKcy3/AVVx499eSZNW1khWhddUTu14mcLYEyFWDJ1rhTRWlgpThUoY0gM7adr86jAPrFPbz35A1k6BYOdPzNM+qEpwikfmhr/rzpGlY0KJs+fe/lKACAJvGkbrJGO9y7yGMdkk03DGSpuyr1WZIl3Ax5SXA3B3OSTwYSIGHcUJ2SBtI2E1eqpj7+PO1yFZLQfq5QvH+/7fdH/B7t+QO6knRCx068XupUR+/G/yc1oZaZinc6lLBPRFXzB1XsA==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{66d5e5e0-4e23-424b-a12f-2103cc189cac}",pageItemId:809, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_03db136d_709c_426a_9d0d_3ac05087b18d">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_eda12aa7_dc9b_4f44_9e74_656fdbf85ef6">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">22</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">458</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.221.101</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Tập huấn công tác giám sát, phản biện xã hội năm 2020</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_f150e2bc_3a90_4d26_ac22_337ac7852b1c">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_f150e2bc_3a90_4d26_ac22_337ac7852b1c_lblDate">Thứ sáu, 04/12/2020, 08:45</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Tập huấn công tác giám sát, phản biện xã hội năm 2020</h2>
		<div class="post-content">
<div class="ExternalClass7BB7E3405E294289B01CB71EB524DEE9"><p style="text-align: justify;">Ngày 3/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn công tác giám sát, phản biện xã hội cho hơn 150 cán bộ Mặt trận cấp huyện, cấp xã.</p>
<p style="text-align: justify;">Các học viên được giới thiệu quy trình giám sát, phản biện xã hội theo Quyết định 217-QĐ/TW của Bộ Chính trị, cách xây dựng kế hoạch và báo cáo kết quả giám sát.</p>
<p style="text-align: justify;">Thông qua lớp tập huấn, cán bộ Mặt trận cơ sở được trang bị thêm kỹ năng, nâng cao chất lượng các cuộc giám sát trong thời gian tới.</p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_f150e2bc_3a90_4d26_ac22_337ac7852b1c_lblView">167</span></div>
		<div class="post-author" id="ctl00_m_g_f150e2bc_3a90_4d26_ac22_337ac7852b1c_lblAuthor">Hoàng Lan</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/ky-niem-90-nam-ngay-truyen-thong-mat-tran-to-quoc-viet-nam-1684.aspx">Kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam</a> <span class="date">(18/11/2020)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-tai-khu-dan-cu-ap-tan-lap-1679.aspx">Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư ấp Tân Lập</a> <span class="date">(05/11/2020)</span></li>
<li><a href="/tin-hoat-dong/phat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2020-1671.aspx">Phát động Tháng cao điểm “Vì người nghèo” năm 2020</a> <span class="date">(20/10/2020)</span></li>
<li><a href="/tin-hoat-dong/uy-ban-mttq-tinh-chuyen-2-ty-dong-ho-tro-dong-bao-mien-trung-bi-thiet-hai-do-lu-lut-1665.aspx">Ủy ban MTTQ tỉnh chuyển 2 tỷ đồng hỗ trợ đồng bào miền Trung bị thiệt hại do lũ lụt</a> <span class="date">(08/10/2020)</span></li>
<li><a href="/tin-hoat-dong/giam-sat-viec-thuc-hien-chinh-sach-bao-hiem-y-te-tai-huyen-long-dien-1658.aspx">Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Long Điền</a> <span class="date">(21/09/2020)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001697-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLbid4YqkjBCVmhN/LZ9mwo98oVSVxaZX4vEv1qRkvndEn4JK6QmDNoCwoShb4iijWH6UG7CRNtfYPX7wZ4A1mD/Q+QicVOo94AahS5+1VVucW7WBsalmtlUmY" />
</form>
</body>
</html>
