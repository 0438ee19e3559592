<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2020
</title><link rel="canonical" href="/tin-hoat-dong/uy-ban-mttq-tinh-tong-ket-cong-tac-mat-tran-nam-2020-1702.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClassEDA12AA7DC9B4F449E74656FDBF85EF6 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="uy-ban-mttq-tinh-tong-ket-cong-tac-mat-tran-nam-2020-1702.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xC14D4E285993D06AA241AB9B27E825246B415F71EF9FE49B09EEDB794F3FBFAAED3620454EA7E3904259BD162C698A2362BE75B95E08D3E908C6417B18A32B12,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE257c7eoPlHQKDKqOJILA6JUi9MvyAyldE9EhoVwmdGkk7S+ycAdcs7nBR0nPeuERLKpJTMEZPGxtdiyaJ1ScUoeW36x9lWGt99yirMUw7yih7qtneyxoPS3rQ1YnD562MxJLjI0jnljpQU72Xwr/+P0gNwYLwE11jGqH4ghRnZaAwPas5L+AMuWVedFeXcwkp2qPcUS+IKPPgZtScSWHM7SMGq6euucF71WIkSq57u4gKr1tuVIsabEKvaZ3zgzaQqGJd0loQ5qyAf439CF1iOHEAOGqUXAiyNqcKECHK6WDePYhqnUJdwmIuRd03T+GlbbJjwsvlonGANbqNGHXMyjevnJC8br6AYpEnOFE94PyFayxBOPMw0ALm9M9Hyp9tYA3fUw88Lf5GlIH2MjXm2P2QexW/mMU1oUyf/IVGKJ3yQp3kF7ovL/v/HoTys17H/sySyrgBJrhStJ+104NfdycxabR+9QvfNslIwvbSI4NeAYKySQj7XE5JQrWmdMApsoXvXyXTRicmyq43lgswUE0ZokBZsP94kRQ/MVnf7TijI0ghJcPKUFRN8ywhVIUW3cSACB+Req3DPYE006sjjJ1kOBCBaOiVDuOgkPBpPWodZWgby2Ux5Ehqs1my5R8sjGSZM44POZILKJY/Ur/Xl7ntK0qUyvXcI4QFHpuSxCyC1Zf3uKl9ryTh8gZpWfCCk13AACHMSWCgG8DVwvqu2bKbtg6J7IGk/zgcSRs/9L6ajRipKb2lqaQRfU3RZoyg74fXYnEtD7OWYzXqEZ3HR3SbLPb6Mnu0/VSQS4hZyTmDPMKaUSaGQMPAeXFZPM9yj9IJEp8xe5OFv0s/XMBeqK35zrlKNOsbK2Hmk1IgL/oKvk1iat0Dh/+gVULBAe+4ButITmVCguwwAbMevl/+9jf20BPtjP1PU58ZOAIVxm8VvkX2y2chavMZqoPq61AxUiI7IDOGJirIIMmKFAQi8yl+y/uAYtZyNPNx1vWR9ViX0QEfN5Wm2xvQ3h0kxgsDVTki/Ge2GIL6sJEKRTaG6AVwtQEN7457wzImSvC3hA8ffH+tq1pG4n8sWOkN/NeE8zED/Ro4GOXIga84N4L2DlokkQnbAjS4oRDRpQCM2lPcQxZ6POc3kKu7zr9rD51RXtZsvlSURaU8bFfNEKHMKxELOKyDmsVtCPJEv5WiX+aOloWHzVDw88ZLoGwm5cnVIWPVlen5E7pwwEUO8EbSBAGboJcs8uSU5Fm+C0Wma4mj39GIx1X43Gh0y5L3PeIDqzzf+phLo7JqWkNIaHxIvwqnEkvYGJjkB6uz6nHsxfAkiDlawF8gsKlymW9DBzUvYk3TuHgnopUk3iJGGa6Q+gcBe+JqCyeOD4qyS/vx9gUnAqOeqikQliegW4G1hG9L7zYH6qwFTq+A/kPMuhgS6OcGQHFqvZ/wBsjcjgEEJFaMXwmAjRI2UszoRT2jhiaSlcUVZ6pe42I4WuYqgu0351Bpp6tVlPdUGBvDy4T/17rofjCuuPUGQD407yAAlFX+smynGUPxvcZkQKqcLdHHlM1fYKDUre9M5O/0kTFDFf8kPPrHd3wUPTHr/BwOf8The49iFOvO0sni/U280NLkeNt3mSTLFY9gcON3AZSNFEZyi3YdDfeR+PYdz1dT32oli5k4Y/9o+FJUqBbCmatk+wiFJ9Ky9y0kMBVvw0iJKvF6EhAP/PhOT+9y4q8rLUu/BajzJAscQPSmzbiNwjueHcZVU/IiQauFnIeUmPs6rFiEPcyIXKuTskQN8Dh3WvbEBaQbPd1Pv5KzXUVMjxu6M6whytjKxOKwrgLX5IDwSW0QmwKt3kNYSlIU8ie/PLJ3aZ9I+Mh5gJq95QMLudq1MkrzZ4+/GYKl5uMtX9PCU/E/mB/Ee1vYozhnn04uPR3SBgdWsaelyuFClEFPiSzY1j0zxsRF20tdmW0vZHhK2cPZ6jNQ11wHNAr0Lnf5YqK3Nxojk8GwlyTFj07teQI/W0nKLlwOMRZe3dL14OhEBOs3N6ryKWkeOPECT3kb/rWSA3SFgt7JfRIiNXQwK2XZUU03KII5tlzj8wkVXEdyqUAny91q5ABJ/8gOOvcr+gkyMAAeJwap3+qpXKiDwL6GYeGbgFVCAzP3U558e5HTUjQmVtWjl2WI2K2Jr+HUFf/szw9OGVUhrK1q+5+iwz8SgZcQhoaLegPjldl2QblVdzVwqetOEM9efCPA+XYDGlogv29cEnklpi3WoHw3wBcVxGJZ4f9uaXwOiFn/ntoFTfzXCwnhJk5N+MtahGSyChZos4Yk8oE44I0LjYkWnMBT1ZKtekxq9/9fFqPjrROMLkElzauBFqkNroW2pVN9DKQHSWZwYyQvX6X7ryLebvspDSWA/aqZUFls3W5wplIg8ZR6ZKhH/r44W9JO8oxWAP6aS+jZauHE2c5c7UpQCMzKZkVTEiwDhX/Izbs0o9YL60lWooerqUWGTQgZJ1gQlk+mvNz4nYdir3LBWYWBTEW/VNNe3yaY/0xTaGFiopH5wRpIyrTLvMVZhxiaRi41qqgbSyb4WnjQ2Z0ldE1sv01Ni1/E126Z+bD3+PvTCgblUuBtFIC/fJHKlY6DQGPjSD6nhZMFUyScykHQ7RCgHjda7MuTH80TROtm47L41Tw+K5OxDycGh8CHvGt09hPYa4J/jOA+kquYjNScfcWjAqPHt2BlyLza+zRv87zz+oYTRVA67Haj4LYezYuT9bRFsNemfc+Y/UDQxeHxsu7gjLTkQDNTng8XhvuQgxtSsvJmf/ccZpXZJ0EI2oavQ0nHu12aF4BTLJizXF8mepEgwZye/7/LCyyK5sHHZ5PgcJTaWS8g2ar1dXck0WQkG2rQpuh/m4v21zi5uw2+FpHqEXP5c5xbDm3JkERvRpUIzi89SPMUmD3DKqA+Sm5YFHWboKSZBab1cyOHnAe9iBG97r1UG3PXVNNiM/lllNomcX3tGTCrzVd8NB4I35eh6UDQ10b4zZ5cSkrUyDzFrdoGIf20zpLnV+GBH1Ou9Vnhk1X4xzD6nEgbTazsHuAi/u54D61wPVWy3fo2FwgZ5dX9rsh3hPB/Y7E7lvKgXx06ipAhh5RqJKyO7bTHWkG9R+JBQCobuoF8shnjEIg4LJi/Ke0Dy1/gG236GGC5e50bp2DdnPOJPBvyRMTk0yCGdREA6TbU04dOLk207WddHg05IIzQY819waI+yDAwA9irgEvx+IXolLnKZ+y4EQ55QS8JnuFOGgvZS4o6PrMDgrb7YurimfnQzWpobsZybHZFcH+v+9fFYJamerIfZlyIss/ldjn4xQ1VMPIFrn2BAPp8CwzaMtbjOpNzU3EenifajgaPYhJ01XCmhUYLZD+Uq/Lf2rM9gl0kVP1gH0nqa8fc9ZkSRZYrPY1LWTOaDmxAERSr4Wd3sd0ewH4UV61DfzQK/th1BUwe7XkCyFQg9vc93QOmJbaSBf4PW1OMYbq1UFy8s84Duv+qsI/1gP+9rY4lZxYBiBNHlEzUDdXUHcYUxk719Qg5qreUtmdWMDuwdy7CfbkWW66QKHw2+1lyNlYtzSObu0BVyPQIHjTpH6K15BsnBDUvuD7eWXfyccx1o0ncTFnGlvPjdzCun7Su2AU9NYaZH2msMdB1TGDWUSogGecqJwoef/giQ3drnJbrvCy6oURmWf8EESaRiXkkdkom94e79T0l3wC/xiCzXS9063OctOf2qKEdrYvVngKR2qSwRLU1fHN9HcmD5O5FY3sXTW9H+0dQS6PlvQ+1OFlV8AI/d5jS9NtBt+ERyUzk6ufJyqerHlJo3IMLX9rJs68TK3Hd7/85ZBvIt8CsNwwcVlDipsozEXKi5LlOkk/ZWtp63RTjm4o+4jNGM5rDwyBKWKs/nyuPqRdhSOT2lKD0sfg6lFpa/d2PdeO/5skN4waughTbhBJZA0+zAp1awvlKLj+jNu6vPYG+CC69oI3EEqpfUAOKK6ZBpZBce0B5Q/mOBmEVntJQRF1kv8o7rCOHbIqYuKO8crUqAgORB5j1p3tTWgXu5Rk1OEO1qZXDuLkwSypShmJ2SKYYmZqmf7+GQ0QRZlklrhGQ3SR9LCXYCo3VUX9wd7Df+pnzAHejJSZYMQohFo7HwEOFm4D2nn4BYo50CMcc/pOMWO/xvRKgbe5jvmUV28DnPCsEnG2jCxYp1w3SpCl0fhdQCuVTaO2hTpPkJNY0Uyqg7deBcvXIF/IjJZ/AK6bHKZ8rZOwR0PzLiNjx3T/UWtBXAFK43MAHXD5yvg8yBwjgZqY0vCvhakhIj+0pT6gGZBcqFvGO6tyFAltECEt2KswsDsS8LfFng+TfA2gubThPy/iy9f3CNF7ZVX0HEzNEK9Nb2aOBAK7FTdvgiA6FD2nddktY1VIXrWr6GcSmACPL0ni3RxItobkRSy3bd02nBOqHcDOPxvYRpIGyf/gqVf9rRT17wdtLe9ROqlPi8tNujvyolQi7o+WsKhTzRfBLsNMn0FvZ7vkew5PBsjM4DpcWyLXK1E9OnZ/c7OpjxxXMmizL2t09FcJMQ2CxROffTug4S5cZHo46osXqfYgXn/07c6MspsF166+XpKo15ww1dWOW+vq5jS5BsRJ8G7S4Wq4DaJXlkHemU1V795FBYQY8mz9Un/emMSkyrSNaY4+Nc7VZlfK6BqIYLbyypqFhBWIyoXYiIUWXbiexFZ24E5toEvlqAUbv0bzx/M9nIocaczTLMDw7T0eOBoanrKQad1VX3FkGGVfe0ONqQHmrD8FoC2hgcbJouTXYrNTzlOb9KSgqqYCUL3Kyc3fYmg4asYjt4z11ZjrCwtzzdeZrrIw0s+iJoyNThSOEYnIWKG+QHjh6nRqOovZZ/8xFUuHkR9Fj1RJgTNigDtBotu2PC3NO3NjwM04+GtQURRZ2n6DF1IWSEUPnAARY9pjR2YUZIjAOC6Bpa0ruUIgYFUy/9Y577GHPOBlJ/xmW5h1t44UTQ70Ba+lQu/EZDAyezpknMtuDcLvgHejwJnk7oFlh/hMP9yFUqo+U7LIpF5q0Yx8xNuIhPz/yP0oiK/ifTA3PARaB5NHq/sQdWX6nG6p9vjssy/LYiYw8R3gbMpvESLBobFP8IMpjaD6sImfMAP/VPXV7k3I7uJyKpMfB6WcRR8YQt5+aYJUGNyjflJ1QyHvCskxCFXqiGG4owdtjznqk2IeX/lN7ugprFJCuiW+e6aTDmU5BJrwoy8koYTHm138OH7zLkqgjOQFOVeONEpQ8i7e3qzCny9JvyMzVcVy5egxrwxGxpuF6AwK5JDHRBu5Jygzqm9qB2qLZdrzErU+9QzOyCJsmVwzBMGbCM6WMdLDDZ1qZWUjJ5JTNZ7HrO1hU62p7/ZECyw434iuGRkkJ6M8I44RpN5UqXxqP8JAzRHtQWPKDPfvXW3WTqnd/ZrF5q77n7WY/yJCM9iLT/XSOZth899i+lZm1Tf09IoKyPVtaqpWsE+d/eXVEv5Rf9e9BzzUPjg9E+OY2UNeuD+rpulFQ70rggf06wFwISMMF70h8A49G+v4YUWndhtziLcziDhd6RaONGhoJ37wH2Eu3zrL5xC2+QclUSBNO5FAjoI0tpbiFEti+UP5h4VfFwGM+e9+froNYmx4wnUtt99UgFixuVDVJf4pjq8jC97Yi/73OrfY15zbzSacCApwzHy4LIQhiJHQSZDMpq1h10RJ1m3AKREkInACBQO6nQpJl7kFIIl5oapaxwn9yczSlvEOagaT+fngHgH+BWxj2DDw8UYZKsBdkfmtJpCrnxOJByUa6OPxX0aDCep/KnJ4KBfxkuPus98MY1kNo263QR2U3tt4R4NCJNcoZ4Dma4agspsPeWYdHHr7OCvo95IJ39PjPCuvUjRq5EUCtq46DKdvSoxVQHum0o49xR73FJENehZYYSu+CzcEnxxOaC6Hm1GqTu8yQXZ1g6AQQOYmgO5T+2n4UhDt9XKA+WQ3WY39W75+RPjgY2En5UbBe5AIzbg9uA9rpJzonCNXt646ia5tcsHdCcTySR55z+jAkiakKzyvahyYv0r83JhzocU+kd2lZwEs/gyCUe1vcGncgaG6p5Tf6l055xZtWZVmWpL110iX+w==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{8932d4d8-4c4c-481a-bd16-1cc6c51f19f8}",pageItemId:821, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_f5e5e6d8_96cf_4f32_b755_c0164dd604e9">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_dd9c48d7_67fa_4f31_a1ee_09e5d0847e49">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">8</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">520</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.202.855</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2020</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_0b834ff6_e283_41e6_a75b_b258ff124298">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_0b834ff6_e283_41e6_a75b_b258ff124298_lblDate">Thứ ba, 22/12/2020, 09:30</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2020</h2>
		<div class="post-content">
<div class="ExternalClassEDA12AA7DC9B4F449E74656FDBF85EF6"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Sáng 21/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2020, triển khai chương trình phối hợp và thống nhất hành động năm 2021.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Năm 2020, trong bối cảnh dịch Covid-19 diễn biến phức tạp, Mặt trận các cấp đã vận động được hơn 15 tỷ đồng ủng hộ công tác phòng, chống dịch và hỗ trợ người dân gặp khó khăn.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Quỹ “Vì người nghèo” các cấp đã hỗ trợ xây dựng, sửa chữa 356 căn nhà Đại đoàn kết; tổ chức 214 cuộc giám sát và 41 hội nghị phản biện xã hội.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Hội nghị thống nhất 6 nhóm nhiệm vụ trọng tâm năm 2021, trong đó tập trung chuẩn bị tốt công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội và đại biểu HĐND các cấp.<o:p></o:p></span></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_0b834ff6_e283_41e6_a75b_b258ff124298_lblView">412</span></div>
		<div class="post-author" id="ctl00_m_g_0b834ff6_e283_41e6_a75b_b258ff124298_lblAuthor">Trọng Nghĩa</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/trao-30-can-nha-dai-doan-ket-cho-ho-ngheo-huyen-phuoc-an-1698.aspx">Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Phước An</a> <span class="date">(18/12/2020)</span></li>
<li><a href="/tin-hoat-dong/tap-huan-cong-tac-giam-sat-phan-bien-xa-hoi-nam-2020-1690.aspx">Tập huấn công tác giám sát, phản biện xã hội năm 2020</a> <span class="date">(04/12/2020)</span></li>
<li><a href="/tin-hoat-dong/ky-niem-90-nam-ngay-truyen-thong-mat-tran-to-quoc-viet-nam-1684.aspx">Kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam</a> <span class="date">(18/11/2020)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-tai-khu-dan-cu-ap-tan-lap-1679.aspx">Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư ấp Tân Lập</a> <span class="date">(05/11/2020)</span></li>
<li><a href="/tin-hoat-dong/phat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2020-1671.aspx">Phát động Tháng cao điểm “Vì người nghèo” năm 2020</a> <span class="date">(20/10/2020)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001709-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLu4R+LCLigJsNMsMXuUdV4IYodKCccegd5lzkbmpbyAHnyjm2LjwFL44pov9kXFdKN2+vHtOUtlRUhPTlcRO5tTg9kXoAXPRX7mZAsX8tJeieeGS48UcpUzg9" />
</form>
</body>
</html>
