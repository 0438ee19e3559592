<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Phát động Tháng cao điểm “Vì người nghèo” năm 2020
</title><link rel="canonical" href="/tin-hoat-dong/phat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2020-1671.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClass5B73C86D8F824A099496EB1A434F5975 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="phat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2020-1671.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x268C378991EF6053F38CE0F8DF99194637EB4DA80E657625C3E6D838D19F5F2AC248613A2E7DA337C792D48EB790831DEBE1F66F6613B8F5FB56E1C05D639725,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEQ9SPW+0O8Pi4lkeQtK6491P1/xMEU1vAWdrtR4iR91wrZLmtFvgzDpLp4PxoMKbHfYNa5MMilrzEPUjUJAUb94WiPVw+qOWffKxPOc7QKnEHm62EDNlTUerjdTTIYns37B7YB8ZrEL0eeWB95yUyqq7+KUKIA/tBHxjHLYeR1ik/1DEO22ZvaWkwbtnbK3jxxOdVzgi/cbPBiUx2YcP0hcKAnr9XTHxg9BJALQORYe9Jt8GH6u6/j+yE+kD+qTxOeyl1cmGzfizdchnTtBxxJPIvnpa194RWtDo/INA61Si8wOPZ200uPKT6tDW0lwBg35h5n+CX53egqOfNHMQL/TGRmTC2XZcOVgn64fkZxKgTgdgVMnIaXRyHJC+x7I8eUPz7hp9ZdBAYxZOdM7Cu/HFdoI/7FBlOJuaj5xskiY3vagU/Q7nSE36Z/dm1y5vqvR1/IBzHcyjy6Hr8/oP0vIuC4Zy+zaYss8ITi1C2kg7rUAHUWMD9oibCgpAGDbig3R5OdPjU93YTsadtx5/ZVY2J8T7sh8CW3tuhUmcbD9VfXMiURUj384eU2oHCE7qq1Rena1lHW8qaxFuaGga0Q3f97e5LJRVYn2dwDmilsjOhd+XtPkMuiMqc8LABunFxB+K4EELZv+HGa8a0y08fmxCUfdyW0qirxQCubBm0A6Z2fcPO078jr18DjH6xWldGHKYw9NQWNRECd9+PWeP9bx9T41SvSJlnmi/bdpkkqsrT/tf2eehuGgev1/a/8PkF3FhvpmdmrqfB28rxr8Ms5Ae0DNLoym7ek8w+MitiVVup4ewmv54Oj99PiIoTmW7sIgDrNjd1AVmxwddLFPQDssyLwOmaaVrUAhEvCKjURiYXmYVRZStG32YJ40QKtqFRasPS27QN0ZnGORTWJnJGXbUWA57UjtYGsgJnCJkx7boG35p8Ey3vtOgeDiLe9JjiGZvxxwRPxzcqEa2pezK6v4zeAqqm9/Gu4VEMZbAGPl4ww3i6vq3mdj7zOwYPjgblAPFEqlIphWCZGqzTJyYQm6VJ0IDt8LScUVz1dpKuu7sd4bPRm9JgmyblNBUyHZmL2RpbdAxCZ25smLoRRMirE0oZYqFQIxNWQvCZz1FPK5qgcSNwElSm+P9jsbnj84tYUSj0MS+Pa1VrHHEjub2k5h7RZGR0HVbc34FcGbgV5B200C0WX5+Iz+ASQ3hX0mv641UFFLG4Ah0rGePg7dU4ZpIOWVVFSNBDQkJicRyB2MVVeSoHDeUz8ijXYGgMSn3UvIIQjiWh03TQWFINSXEGC6nogoWeFuvK9IiJcgj32j6uG3/Wvbhvmfb/FluK+L/f6bbZdV6b+1CqP0ZsJ8yi+KbHI1OPM+FtENm4+UzPz8mw0SjkoGpnFHV/8d5awGk67rkvaDgf7q4m4D5f6TZZdhJIophYhw8FxvFjY6Kk3n9CNvUY1pKCnyvXIhnQg3EaPG4xVQCkZ+o7Hjc59yu77U1fp4rEBeCiuN3ER50U6gNpSqbs1ceShtBixPHK5ROSXib88t0dwXiFGlX4oX7VHFggs7g9I+k/seZO2wu1ZeNyF3y1QQO47sKT/AhU7e59IppYqR9qtz6yl8Y4VcRBiZF6ufzdy0V9Rsc9rGkTsjucrD2txaluFED4UrZeLhCOlVco4CfIrEt8TwuIIjNUWwvH0/yPXNMfMKCkHLkDW6lvYNuKyyMs/69CUctg/fjGWZ7xCSgcwMeyO1GSa1qOUAoc/Z95Sad7huhn5JMkMF88S0c9Ec1vqCBKOTN/qdFZz+ytAelCr1/aerleOYHtFszHOyZCDWb3mcgLJQqRa2Uq6Z0TUxMF/YAqhuy0n3Aj7NTSR4vBlat25PelOS94z0AEP+T5EDwYNS+LavT21CeKP3JSIXIlyOmshbDc8yr9noAvXu2PwF4tNJMuDqZxjrPFB51hkUnXLXzL/U0walNoGduXk0RXf+taLQY+C+RLprUd1zy0TRd8K4H0m8E2Cy+Mi1nDJEEj5K0n6kmrTHZW6GDLqbc5Y+eU66KoGhIc6tCch4ixuzU5q0d0vdWHjSXCJeoqg6qneYL3H3XyukfH2D7TbcDMecm8iOfENswQ3dnexYnH71g9KtzuqD3HhZzdeRviEMsqtFwXEYyITV0b1WW007PDiIZdvgVC+XU6iyYBWJ2ym9Oe6nMYCdXdsq6Rhu1xCShIcfyQhJERJZtBYtj3ojhTByjIUdyXW++ujY8TDMJBbkezqNPxqyc6wY9XmhCugpiXqfGXN5pjTgpZrX4LrSvHLFOKU6rrcOIo1ORzAUSM70DU8JKZFCvB75YIDuez2knXJYwx+KremqugAq45z7dX8jQs1f0RJiie9xw8ZHiSuw5DA0iLTLCXuWlWDKqhv3cxZlc+L1U+SvVL+x28XHWalxQzXNb0V46QPR27GMeq0Ep7zREzqJnmkEy1OfjV2BJLJEauSd4uVFczOqo9TOZZa57840O3pVjC4AEpI8OGPVEXC8xwrUX43fJ4t7BIpMOAjxUPMhQVWhxm2kxBpgzEmJIYE+u7bo32GhVJgTkyDik0dAwJRTN4XkRDAhvUyslsbMicLMI6mBnnzQ8XttxwNxBOsqSxna1lh5BBipHzeM9qCUH6Wpv84VTL3pMqnwh+fJc715MQSwGnEI/jBQXYvYCdujokKx0Yue8mZLvAbkZBIbOjz2yNsBrEkQiSCv8hZNKg1abk3qKhnCmKhXm9LEV2nPgI7/XAMndSL9OZNraid6eWjjHHcxie57CL+8KDkjGsjvEbcuEGYu89A1wkQxzeJlBf3EMNmbEUybB4Ycxi3EMxr4i5AQTal1jm/SXcrMWPj1kS1DRUlTZJw5rwsmlWbjPpbCUCwNdPQAFOJZDpFfxKkZLoZFuYA47QRYpuSvolayLVcwBwIN/ip9/4YoZqESUMKH3ETjaLveO16sbmMvs3pb4p7lEzcOdpNEWDyMPFd9Di6qj78XIe+NuQikyTwTebDrAiBIhIOMAIEg1OTOmaC37TN5wBA4Gavc+jRnCbLUeksO8GaH4kjUtg7FKm9G9oO6y48Pu55NYqFc8S543ntxIDgxhkN1a3lC6t9FfcJqF6A4+WHa5qRoU615ELTDQVZ+3Pd+9DFbYVdBNBKXMjyn7t7jxmRP0NF3D4DEaB/LD9gITc00KVUsBUul+mwHUIopO8cuzrChnAb5dPq9If8A8xXmAUomwviF6aITyKhrcKGyv9AQq2j+uX136BLNrykiWRBN98rTFSbn0CSRKqo27ANg1loY8tE+mwRdis56M/pzXkYChDkGMkMq1vvc3qlXL0HDXzR68bZjrlPpRg17a8+MMOvjupzXPytWU8Bm8JgYl6zLy/ynFw619bE7hw+KBJHwUlrD8yU+z+01lBXQJpByxZr8xfgbDdR7f9rrDBJLdpP0uSHckUUUWWJIoEAlcq3hjYQUmEeobG93ezRHkq6nmGft/+Okg8D2JbhgFddnZCv5tZYhZVSmC5WlsBMrVUyfJ7j4rd4MZIpvw/HmqNhGBEWT5+61La2kCDO9Jjho4oatduqbttjKC0WcPl8OJjSbEzh0RwDo+zwnFkhuvcBsxOo/WMzy5vEwz/Nzbd2IQK1IYGeWGZ2Rrk9ClaOMUWr62XNbBKPr6oTWeXPnJHcnH45I0gok/7c4YHfvnUrwFubn07S59Iu+eE31kTZ/CJ73vYVR5lm2NAygus28cTUrCjksexVcJNTrCcMB8aLDaAXFQ98vqWblE8J+Gyla1MVlyiprnalsMAzTVTAfhzIC3iznbyMBkxLIB7+PDx++AJF5bQMECrxro6dLJTLIxcWLKc2rB76A1x7o7jBJon3ar80Tb+rTZ9bQmxxiaTL9HDVpdYGeqqRasJcABmEKrYDD7wnjpzqqSJT5EFTZBecXpVWvBPlllcB+ZQNMLKdxpMgplVaoHVwFmNx1M63k+zbG1m+9v4SMwlj4nClqkiwcv20V9KDNLQn2Y29iNflD6OB6/P3OM01Evh5NdhuWTDoUab+uMqiVy1ZQyV0aft8AJFwmRrBfYlQftolhxQ9n/tZ5hulhAhSoFWc3Ry28sjur3BW3ravEYFqS46/IlIlIneU3Q1xNZB3o9jcJUTwL59gItnD+FIMgC0Y3kZlMsynpP3Xn3GD7Yowj5cM1RGEwzsqpA1rjo9uLrOrA6MzgPCl2dM+Gd/tJnVd9InhXTqVvOe+VZa6yiVpGgh8Zgh/SOj+MpCXri7jkgGrtD2PxDuItH/LWSg4ar4tsG8KyjLakc9o5stTCXmNCjNTdDD3LOfi9HlD4WPgPT/new1zqO/SZwzayToHie2ktt+D4RcctfvbhAS5kftA15rva+ILogqUkSt4ATv4/Fr5Q/XZF2ejn4tUzmwaWzljUxGYU4QlKdZwQvQk5WSpEkx6c4IsHwDXJln+DdajJ4yRoxp34EV4BsJB8MB9PqTH6MYk0zOEhPxUkOm2unGKB3DRWdWhHUVf/hJ6NZsb6uJyQl7HIKDnpiWy4SNRgo7Hsa5QgRM+OL7UId/HwSWYIByVI9TvF1Yy829Qhswv5Vaob9fiaxdhiLo3rAD8af+U5daZxszgIRKR4dkPfEMNyc/o6E33UlNYdmyAkzg+IWUjzmH/qLzJU2iylPGZIx9CxUPrb29AB6CAp23i3kROOKx3SMp63gqfFM+BMyBpGU5i5EeA7gj64kt2e+6cyf/iE0K4rS61CVfFjrTiD4kWJDa8cvfIVgHzyHZ3s1tqbet8GrWN8ZSGk9LnVMWkScbKp2GYTKsoE81fSCd/yQO+bdkTXNTZG1MK+8HKplfj7jZG6d5hLcj99mz9/bAuE7ecL0LT8CD2eJ720S7jQPoK0+kmlhs+rGMJabU05XCm9gsppGs1D+XXkzp/2xA4yR95hkYY1RN5T6xqDHZV0mPeaj3KW6h+xMifDYnj4H489jtseo/A1UlurDqj9/BiVuhA0VlvX5g465D3MxfabznfBCetCk28fe/K+FqUyTSKa62FbKI2+qa9jB+4YacyCz4xaQPjSNoDuSSzRMjEiHDmGLGGr6nC3liPk9zVklkwHN535aAmiXF7zr74CkLwO9L5bSJPWE0gLppETc+iv1YRWY0RMWGi1ikzBhM2j9/k+Z9YqjjEchUvqj4KX8ZyJYITQPfv+ofhEF38oGwnzl8dUgJKrBw5byNOiew9UC93eyUgTYoFdeWNV8K8sITj3XdgKVtjeOCUJ0BRk/jDRIvBW/Y6Japw7m+yzQAkg9qCouKyWn71z4Tcp3HYJJ1lhpOUX7JYRlqeBsMUUhNehuLMJN9fOVRWAc40rsJ23lva1uRt78p9T9jcq/NJy2/0O6PyZ1uHR2j/MVquXDYZEFA40u1M1Un0eXNKelC5j4ZtQX5Lcz5ezIjapHHB0eIHz6V36W1mcVL4+5ZzkUhE76UXPbO2VhgZGbHTJENEtwoNCWE+R3ODSTJRymbzBHrcgChi1eXCKonwSAwYb5XplxLmbAOX12+dhJAXlGDnDjVWp0Eji2Is39l8HcHKlPUpgQMX/Jznq9Z0ymNQTJi+LsMOX3TRBAcT69QNw9U9hrXTloxQSpH4Q2F3iAVjqg/Y2SavLa4mCoIFQnXvk3ZTaT+NfByem71s2GMIcmTC4VQfnJhjU946H0TO3hzh8bHKTYapl7mqZpLjehKFlrvraJ0z4oyPPZe7XloN5Zyc3XvgLR3oh3g21J55fqdKu4R5d5UgTvVLVt8qTRNzlCbdy0r7qQNcKlnW+KhvXlKfPln4EFIH/kZCQdfUwuRmejwSDfFz5GD3y5fIkjfIl3mo6avWL/cbCdZOoXjjy2yrHxov9rMKE8WJMUrm60qg9gu2dXKPuIDPRm7cQ57rQMtYFHSoweJdNXRZexRXq/XuIMOMh2S7gDAMNxDQX435acUfDk6BXDQ588Vk3KlYOAq2/fGXjz+CDQXA8enT3feQUeaRCHcUicZXFH/zjPLax97bgNJu+pe5W3D1xKp1r9r4Ao4tkQgpop3h7YZe5LHg2Kw7sNpYVTq3Iz0zX0GF6CHlRiTPAPV4scxnwwuQgbmEg5kquxa/Z8HItlF6MmnBHVUO2Y7gzBxGHQGi0rwuXijNQ==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{8c9fa150-4f43-465b-bbcb-1df74b8a3a15}",pageItemId:790, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_905dce77_d5d6_408e_bb3b_33bf91f4fc62">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_eda2a0d4_72cc_44d7_8094_dd6c1185a56d">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">17</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">538</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.367.424</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Phát động Tháng cao điểm “Vì người nghèo” năm 2020</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_3415e49b_c6c4_42e4_a8fd_93dc6ab36bf4">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_3415e49b_c6c4_42e4_a8fd_93dc6ab36bf4_lblDate">Thứ ba, 20/10/2020, 09:15</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Phát động Tháng cao điểm “Vì người nghèo” năm 2020</h2>
		<div class="post-content">
<div class="ExternalClass5B73C86D8F824A099496EB1A434F5975"><p style="text-align: justify;">Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa phát động Tháng cao điểm “Vì người nghèo” năm 2020, diễn ra từ ngày 17/10 đến ngày 18/11.</p>
<p style="text-align: center;"><img src="/Lists/Posts/Attachments/1671/anh1.jpg" alt="" width="560" /></p>
<p style="text-align: center;"><em>Phát động Tháng cao điểm “Vì người nghèo” năm 2020. Ảnh: Ngọc Hân</em></p>
<p style="text-align: justify;">Ngay tại lễ phát động, các cơ quan, doanh nghiệp và nhà hảo tâm đã đăng ký ủng hộ Quỹ “Vì người nghèo” với tổng số tiền hơn 3,2 tỷ đồng.</p>
<p style="text-align: justify;">Ban Thường trực đề nghị Mặt trận các cấp đẩy mạnh tuyên truyền, vận động để mọi người, mọi nhà cùng chung tay giúp đỡ hộ nghèo.</p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_3415e49b_c6c4_42e4_a8fd_93dc6ab36bf4_lblView">310</span></div>
		<div class="post-author" id="ctl00_m_g_3415e49b_c6c4_42e4_a8fd_93dc6ab36bf4_lblAuthor">Ngọc Hân</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/uy-ban-mttq-tinh-chuyen-2-ty-dong-ho-tro-dong-bao-mien-trung-bi-thiet-hai-do-lu-lut-1665.aspx">Ủy ban MTTQ tỉnh chuyển 2 tỷ đồng hỗ trợ đồng bào miền Trung bị thiệt hại do lũ lụt</a> <span class="date">(08/10/2020)</span></li>
<li><a href="/tin-hoat-dong/giam-sat-viec-thuc-hien-chinh-sach-bao-hiem-y-te-tai-huyen-long-dien-1658.aspx">Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Long Điền</a> <span class="date">(21/09/2020)</span></li>
<li><a href="/tin-hoat-dong/tuyen-duong-60-guong-dien-hinh-trong-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-1650.aspx">Tuyên dương 60 gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a> <span class="date">(28/08/2020)</span></li>
<li><a href="/tin-hoat-dong/mat-tran-cac-cap-van-dong-ung-ho-phong-chong-dich-covid-19-dot-2-1642.aspx">Mặt trận các cấp vận động ủng hộ phòng, chống dịch Covid-19 đợt 2</a> <span class="date">(05/08/2020)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-doi-thoai-giua-nguoi-dung-dau-cap-uy-voi-nhan-dan-huyen-vinh-loi-1633.aspx">Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân huyện Vĩnh Lợi</a> <span class="date">(15/07/2020)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001678-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLRevWngwlmva8HNQj4tpBzimaZ2HSpNHzCcozEBHkLvF/OB6o29/skeXExcqrd3KkIKy3vUPi0S5kskhgk4/wq2BvWLrwdLm3OiTm6I3TKdgpjcW5H+KJPlDr" />
</form>
</body>
</html>
